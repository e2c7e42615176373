namespace Compare.Reports.Tests.Json;

internal sealed record TimeRangeDocument(DateTimeOffset From, DateTimeOffset To);
