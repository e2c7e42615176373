namespace Compare.Core.Domain;

/// <summary>How a comparison was made: engine version, models and thresholds, in words a report can print.</summary>
/// <param name="EngineVersion">Version of the analysis engine.</param>
/// <param name="Embedder">The sentence embedding model.</param>
/// <param name="PairModel">The pair-judging model and its version.</param>
/// <param name="Notes">Sentences for the method note (how claims were matched, what confidence means).</param>
public sealed record ComparisonMethod(string EngineVersion, string Embedder, string PairModel, IReadOnlyList<string> Notes);
