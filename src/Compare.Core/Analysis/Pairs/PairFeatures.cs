using Compare.Core.Domain;
using FuzzySharp;

namespace Compare.Core.Analysis.Pairs;

/// <summary>The features the pair model reads: similarity (embedding, fuzzy, words, entities) and slot agreement.</summary>
internal static class PairFeatures
{
    /// <summary>Names in vector order, for the method note and the training report.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "cosine", "fuzzy_token_set", "fuzzy_token_sort", "fuzzy_partial", "content_jaccard", "entity_jaccard", "entities_both",
        "quantity_agree", "quantity_conflict", "quantities_both", "number_token_jaccard", "date_agree", "date_conflict",
        "polarity_mismatch", "negation_word_mismatch", "certainty_mismatch", "attribution_mismatch", "attribution_one_side",
        "antonym", "length_ratio", "attribution_cue_both",
    ];

    public static int Count => Names.Count;

    public static float[] Compute(Claim a, Claim b, float cosine)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ta = a.Text.ToLowerInvariant();
        var tb = b.Text.ToLowerInvariant();
        var wa = LexicalCues.Words(a.Text);
        var wb = LexicalCues.Words(b.Text);
        var ea = a.Slots.Entities.Select(e => e.Canonical.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var eb = b.Slots.Entities.Select(e => e.Canonical.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var quantities = QuantityMatch.Of(a.Slots.Quantities, b.Slots.Quantities);
        var dates = DateMatch.Of(a, b);
        var (sa, sb) = (a.Slots.Attribution, b.Slots.Attribution);
        return
        [
            cosine,
            Fuzz.TokenSetRatio(ta, tb) / 100f,
            Fuzz.TokenSortRatio(ta, tb) / 100f,
            Fuzz.PartialRatio(ta, tb) / 100f,
            Jaccard(LexicalCues.ContentWords(wa), LexicalCues.ContentWords(wb)),
            Jaccard(ea, eb),
            Flag(ea.Count > 0 && eb.Count > 0),
            Flag(quantities.Agreeing),
            Flag(quantities.Conflict is not null),
            Flag(a.Slots.Quantities.Count > 0 && b.Slots.Quantities.Count > 0),
            Jaccard(LexicalCues.Numbers(wa), LexicalCues.Numbers(wb)),
            Flag(dates.Agreeing),
            Flag(dates.Conflict is not null),
            Flag(a.Slots.Polarity != b.Slots.Polarity),
            Flag(LexicalCues.HasNegation(wa) != LexicalCues.HasNegation(wb)),
            Flag(a.Slots.Certainty != b.Slots.Certainty || LexicalCues.HasHedge(wa) != LexicalCues.HasHedge(wb)),
            Flag(sa is not null && sb is not null && !SlotComparer.SameSource(sa, sb)),
            Flag((sa is null) != (sb is null)),
            Flag(LexicalCues.AntonymBetween(wa, wb) is not null),
            Math.Min(wa.Count, wb.Count) / (float)Math.Max(1, Math.Max(wa.Count, wb.Count)),
            Flag(LexicalCues.HasAttributionCue(wa) && LexicalCues.HasAttributionCue(wb)),
        ];
    }

    private static float Flag(bool value) => value ? 1f : 0f;

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
