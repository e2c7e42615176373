namespace Compare.Core.Domain;

/// <summary>An article that took part in a comparison (what a report header and timeline need).</summary>
public sealed record ComparedArticle(string ArticleId, string OutletId, string OutletName, Uri Url, string Title, DateTimeOffset? PublishedAt, int Claims);
