namespace Compare.Reports.Tests.Json;

internal sealed record ValueDocument(string OutletId, string Value, string Text, string? Attribution, string? Stated);
