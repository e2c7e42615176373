namespace Compare.Reports.Tests.Json;

internal sealed record MethodDocument(string EngineVersion, string Embedder, string PairModel, IReadOnlyList<string> Notes);
