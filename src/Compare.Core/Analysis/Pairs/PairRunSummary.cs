namespace Compare.Core.Analysis.Pairs;

/// <summary>How a <c>compare pairs</c> run went.</summary>
/// <param name="Judged">Lines judged and written.</param>
/// <param name="Skipped">Lines skipped with an error message (not JSON, missing fields).</param>
public sealed record PairRunSummary(int Judged, int Skipped);
