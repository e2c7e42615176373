namespace Compare.Crawling.Http;

/// <summary>What a fetched URL is expected to hold; decides the accepted content types and whether the body is text.</summary>
public enum FetchKind
{
    Page,
    Feed,
    Sitemap,
    Robots,
}
