using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>A span the date patterns matched; <see cref="Mention"/> is null when it cannot be resolved (or is a clock time).</summary>
internal readonly record struct DateCandidate(TextSpan Span, DateMention? Mention);
