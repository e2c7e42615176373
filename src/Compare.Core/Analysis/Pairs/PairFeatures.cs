using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>The features the pair model reads: similarity (embedding, fuzzy, words, entities) and slot agreement.</summary>
internal static class PairFeatures
{
    /// <summary>Names of the features the two sentences give, in vector order.</summary>
    private static readonly IReadOnlyList<string> PairNames =
    [
        "cosine", "fuzzy_token_set", "fuzzy_token_sort", "fuzzy_partial", "content_jaccard", "entity_jaccard", "entities_both",
        "quantity_agree", "quantity_conflict", "quantities_both", "number_token_jaccard", "date_agree", "date_conflict",
        "polarity_mismatch", "negation_word_mismatch", "certainty_mismatch", "attribution_mismatch", "attribution_one_side",
        "antonym", "length_ratio", "attribution_cue_both", "exclusive_actors", "shared_actors", "content_containment",
    ];

    /// <summary>Names in vector order: the pair's own features, then its <see cref="StoryContext"/> features.</summary>
    public static readonly IReadOnlyList<string> Names = [.. PairNames, .. StoryContext.Names];

    public static int Count => Names.Count;

    /// <summary>Features of two statements judged alone, without a story around them.</summary>
    public static float[] Compute(Claim a, Claim b, float cosine) => Compute(new ClaimProfile(a), new ClaimProfile(b), cosine, StoryContext.None);

    /// <summary>Features of two claims; <paramref name="context"/> from <see cref="StoryContext.Of"/> or <see cref="StoryContext.None"/>.</summary>
    public static float[] Compute(ClaimProfile pa, ClaimProfile pb, float cosine, float[] context) => [.. Own(pa, pb, cosine), .. context];

    private static float[] Own(ClaimProfile pa, ClaimProfile pb, float cosine)
    {
        ArgumentNullException.ThrowIfNull(pa);
        ArgumentNullException.ThrowIfNull(pb);
        var (a, b) = (pa.Claim, pb.Claim);
        var quantities = QuantityMatch.Of(a.Slots.Quantities, b.Slots.Quantities);
        var dates = DateMatch.Of(a, b);
        var (sa, sb) = (a.Slots.Attribution, b.Slots.Attribution);
        return
        [
            cosine,
            TokenRatios.Set(pa.FuzzyWords, pb.FuzzyWords) / 100f,
            TokenRatios.Sort(pa.FuzzyWords, pb.FuzzyWords) / 100f,
            PartialRatio.Of(pa.FuzzyText, pb.FuzzyText) / 100f,
            Jaccard(pa.ContentWords, pb.ContentWords),
            Jaccard(pa.Entities, pb.Entities),
            Flag(pa.Entities.Count > 0 && pb.Entities.Count > 0),
            Flag(quantities.Agreeing),
            Flag(quantities.Conflict is not null),
            Flag(a.Slots.Quantities.Count > 0 && b.Slots.Quantities.Count > 0),
            Jaccard(pa.Numbers, pb.Numbers),
            Flag(dates.Agreeing),
            Flag(dates.Conflict is not null),
            Flag(a.Slots.Polarity != b.Slots.Polarity),
            Flag(pa.HasNegation != pb.HasNegation),
            Flag(a.Slots.Certainty != b.Slots.Certainty || pa.HasHedge != pb.HasHedge),
            Flag(sa is not null && sb is not null && !SlotComparer.SameSource(a, b)),
            Flag((sa is null) != (sb is null)),
            Flag(LexicalCues.AntonymBetween(pa.Words, pb.Words) is not null),
            Math.Min(pa.Words.Count, pb.Words.Count) / (float)Math.Max(1, Math.Max(pa.Words.Count, pb.Words.Count)),
            Flag(pa.HasAttributionCue && pb.HasAttributionCue),
            Math.Min(Exclusive(pa, pb) + Exclusive(pb, pa), 4) / 4f,
            Math.Min(pa.Actors.Count(pb.Actors.Contains), 4) / 4f,
            Containment(pa.ContentStems, pb.ContentStems),
        ];
    }

    private static float Flag(bool value) => value ? 1f : 0f;

    /// <summary>People and organisations one claim names that the other neither names nor mentions in its words.</summary>
    private static int Exclusive(ClaimProfile a, ClaimProfile b) =>
        a.Actors.Count(x => !b.Actors.Contains(x) && !b.Lower.Contains(x, StringComparison.Ordinal));

    /// <summary>The share of the smaller set found in the other: a short sentence may state one fact of a long lead.</summary>
    private static float Containment(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0f : a.Count(b.Contains) / (float)Math.Min(a.Count, b.Count);

    private static float Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0f;
        }

        var inter = a.Count(b.Contains);
        return inter / (float)(a.Count + b.Count - inter);
    }
}
