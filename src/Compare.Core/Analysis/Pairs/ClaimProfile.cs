using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>What the pair features need of one claim, computed once per claim rather than once per pair.</summary>
internal sealed class ClaimProfile
{
    public ClaimProfile(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        Claim = claim;
        Lower = claim.Text.ToLowerInvariant();

        // Fuzzy ratios cost the product of the two lengths; a claim is a sentence, but a free-standing statement may
        // be a whole paragraph, so the ratios read at most its first 600 characters.
        FuzzyText = Lower.Length <= 600 ? Lower : Lower[..600];
        FuzzyWords = new TokenRatios.Words(FuzzyText);
        Words = LexicalCues.Words(claim.Text);
        ContentWords = LexicalCues.ContentWords(Words);
        Numbers = LexicalCues.Numbers(Words);
        Entities = claim.Slots.Entities.Select(e => e.Canonical.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Actors = claim.Slots.Entities
            .Where(e => e.Kind is EntityKind.Person or EntityKind.Organization && (claim.Slots.Attribution is null || !claim.Slots.Attribution.Text.Contains(e.Text, StringComparison.Ordinal)))
            .Select(e => e.Canonical.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        HasNegation = LexicalCues.HasNegation(Words);
        HasHedge = LexicalCues.HasHedge(Words);
        HasAttributionCue = LexicalCues.HasAttributionCue(Words);
        ContentStems = LexicalCues.Stems(ContentWords);
    }

    public Claim Claim { get; }

    public string Lower { get; }

    public string FuzzyText { get; }

    /// <summary>The words of <see cref="FuzzyText"/> as the token ratios read them.</summary>
    public TokenRatios.Words FuzzyWords { get; }

    public IReadOnlyList<string> Words { get; }

    public HashSet<string> ContentWords { get; }

    /// <summary>The Snowball stems of its content words.</summary>
    public HashSet<string> ContentStems { get; }

    public HashSet<string> Numbers { get; }

    public HashSet<string> Entities { get; }

    /// <summary>Canonical names of the people and organisations it names, outside its attribution phrase.</summary>
    public HashSet<string> Actors { get; }

    public bool HasNegation { get; }

    public bool HasHedge { get; }

    public bool HasAttributionCue { get; }
}
