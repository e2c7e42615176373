namespace Compare.Core.Analysis.Engine;

/// <summary>A progress report of <see cref="ComparisonEngine"/>.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Done">Units done in the stage (articles, claims, outlet pairs, clusters).</param>
/// <param name="Total">Units in the stage.</param>
/// <param name="Message">What is happening, for a progress bar.</param>
public sealed record ComparisonProgress(ComparisonStage Stage, int Done, int Total, string Message);
