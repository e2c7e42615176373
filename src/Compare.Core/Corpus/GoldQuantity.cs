namespace Compare.Core.Corpus;

/// <summary>A figure as gold states it: fully expanded value, unit, period, approximate or exact.</summary>
public sealed record GoldQuantity(double Value, string Unit, string? Per, bool Approximate);
