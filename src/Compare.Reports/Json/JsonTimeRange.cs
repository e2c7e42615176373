namespace Compare.Reports.Json;

internal sealed record JsonTimeRange(DateTimeOffset From, DateTimeOffset To);
