using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Pairs;

/// <summary>Claims written by hand for tests: the text, and exactly the slots a reader finds in it.</summary>
internal static class TestClaims
{
    public static Claim Of(
        string outlet,
        string text,
        IReadOnlyList<Quantity>? quantities = null,
        IReadOnlyList<DateMention>? dates = null,
        IReadOnlyList<EntityMention>? entities = null,
        Polarity polarity = Polarity.Affirmed,
        Attribution? attribution = null,
        Certainty certainty = Certainty.Asserted,
        IReadOnlyList<string>? cues = null,
        int index = 0,
        double worth = 0.8)
    {
        var article = $"{outlet}-article";
        return new Claim($"{article}#{index}", article, outlet, new Uri($"https://{outlet}.example/story"), index, text, 0, text.Length, worth,
            new ClaimSlots(quantities ?? [], dates ?? [], entities ?? [], polarity, attribution, certainty, cues ?? []));
    }

    /// <summary>A figure found in <paramref name="text"/> at the first occurrence of <paramref name="words"/>.</summary>
    public static Quantity Q(string text, string words, double value, string unit, string? per = null, QuantityQualifier qualifier = QuantityQualifier.Exact) =>
        new(value, unit, per, qualifier, words, text.IndexOf(words, StringComparison.Ordinal), words.Length);

    public static DateMention D(string text, string words, DateOnly from, DateOnly to, DateGranularity granularity) =>
        new(from, to, granularity, words, text.IndexOf(words, StringComparison.Ordinal), words.Length);

    public static EntityMention E(string text, string words, string canonical, EntityKind kind) =>
        new(canonical, kind, words, text.IndexOf(words, StringComparison.Ordinal), words.Length);
}
