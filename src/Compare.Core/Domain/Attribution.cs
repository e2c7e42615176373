namespace Compare.Core.Domain;

/// <summary>Who a sentence credits: "according to a 2020 US Department of State report" → US Department of State.</summary>
/// <param name="Source">The credited source, canonical where the alias table knows it ("US Department of State", "police",
/// "Hamas source").</param>
/// <param name="Cue">The attribution cue ("according to", "said", "citing", "reported").</param>
/// <param name="Text">The attribution phrase as written.</param>
public sealed record Attribution(string Source, string Cue, string Text);
