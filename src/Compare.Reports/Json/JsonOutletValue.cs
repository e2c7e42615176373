namespace Compare.Reports.Json;

internal sealed record JsonOutletValue(string OutletId, string Value, string Text, string? Attribution, string? Stated);
