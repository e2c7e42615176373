namespace Compare.Core.Analysis.Claims;

/// <summary>One reason behind a check-worthiness score: its name, what it added to the log-odds, and the words that fired it.</summary>
internal readonly record struct CheckWorthinessFeature(string Name, double Weight, string? Evidence = null);
