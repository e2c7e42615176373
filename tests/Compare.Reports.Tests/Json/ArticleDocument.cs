namespace Compare.Reports.Tests.Json;

internal sealed record ArticleDocument(string ArticleId, string OutletId, string OutletName, string Url, string Title, DateTimeOffset? PublishedAt, int Claims);
