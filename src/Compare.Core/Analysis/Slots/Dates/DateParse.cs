using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>The dates of a sentence, and every span (dates and clock times) whose numbers are not figures.</summary>
/// <param name="Dates">Resolved dates, offsets into the article text.</param>
/// <param name="Blocked">Spans relative to the sentence, resolved or not.</param>
internal sealed record DateParse(IReadOnlyList<DateMention> Dates, IReadOnlyList<TextSpan> Blocked);
