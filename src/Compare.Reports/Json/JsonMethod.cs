namespace Compare.Reports.Json;

internal sealed record JsonMethod(string EngineVersion, string Embedder, string PairModel, IReadOnlyList<string> Notes);
