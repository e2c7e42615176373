namespace Compare.Reports.Json;

internal sealed record JsonArticle(string ArticleId, string OutletId, string OutletName, string Url, string Title, DateTimeOffset? PublishedAt, int Claims);
