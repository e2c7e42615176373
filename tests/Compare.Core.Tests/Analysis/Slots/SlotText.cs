using System.Globalization;
using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Slots.Quantities;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots;

/// <summary>Runs the slot parsers on one sentence and prints their results compactly, for table-driven tests.</summary>
internal static class SlotText
{
    public static readonly DateOnly Published = new(2026, 6, 11);

    public static IReadOnlyList<Quantity> Quantities(string sentence, DateOnly? published = null)
    {
        var s = new SentenceText(sentence, 0);
        var dates = DateParser.Parse(s, published ?? Published);
        return QuantityParser.Parse(s, dates.Blocked);
    }

    /// <summary>"100000000 USD /year Approximate 'about $100 million annually'"; figures joined by " ; ".</summary>
    public static string Describe(IEnumerable<Quantity> quantities) =>
        string.Join(" ; ", quantities.Select(q =>
            string.Join(' ', new[] { q.Value.ToString("R", CultureInfo.InvariantCulture), q.Unit, q.Per is null ? string.Empty : "/"
                + q.Per, q.Qualifier.ToString() }
                .Where(p => p.Length > 0))));

    public static IReadOnlyList<DateMention> Dates(string sentence, DateOnly? published) =>
        DateParser.Parse(new SentenceText(sentence, 0), published).Dates;

    /// <summary>"2023-10-07..2023-10-07 Day"; mentions joined by " ; ".</summary>
    public static string Describe(IEnumerable<DateMention> dates) =>
        string.Join(" ; ", dates.Select(d => $"{d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd} {d.Granularity}"));
}
