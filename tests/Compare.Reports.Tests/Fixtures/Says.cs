namespace Compare.Reports.Tests.Fixtures;

/// <summary>One outlet's sentence about a fact; outlets with the same <paramref name="Side"/> tell it alike.</summary>
internal sealed record Says(string Outlet, string Sentence, int Side = 0);
