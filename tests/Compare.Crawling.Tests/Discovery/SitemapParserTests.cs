using System.IO.Compression;
using System.Text;
using Compare.Crawling.Discovery;

namespace Compare.Crawling.Tests.Discovery;

public sealed class SitemapParserTests
{
    private static readonly Uri Url = new("https://news.example/sitemap.xml");

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    [Fact]
    public void Parse_NewsSitemap_ReadsLocTitleAndPublicationDate()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/a?utm_source=sitemap</loc>
                <news:news><news:publication><news:name>News</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>2026-09-01T08:00:00Z</news:publication_date><news:title>Story A</news:title></news:news></url>
              <url><loc>https://news.example/b</loc><lastmod>2026-09-02</lastmod></url>
            </urlset>
            """;

        var content = SitemapParser.Parse(Encoding.UTF8.GetBytes(xml), Url, 1 << 20);

        Assert.Equal(["https://news.example/a", "https://news.example/b"], content.Pages.Select(p => p.Url.AbsoluteUri));
        Assert.Equal("Story A", content.Pages[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero), content.Pages[0].PublishedAt);
        Assert.Equal(new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero), content.Pages[1].PublishedAt);
        Assert.Empty(content.Sitemaps);
    }

    [Fact]
    public void Parse_GzippedIndex_ListsChildSitemaps()
    {
        const string xml = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example/sitemap-1.xml.gz</loc></sitemap><sitemap><loc>/sitemap-2.xml</loc></sitemap>
            </sitemapindex>
            """;

        var content = SitemapParser.Parse(Gzip(Encoding.UTF8.GetBytes(xml)), Url, 1 << 20);

        Assert.Equal(["https://news.example/sitemap-1.xml.gz", "https://news.example/sitemap-2.xml"], content.Sitemaps.Select(s => s.AbsoluteUri));
        Assert.Empty(content.Pages);
    }

    [Fact]
    public void Parse_GzipBomb_StopsAtTheLimit()
    {
        var bomb = Gzip(new byte[20 * 1024 * 1024]);

        var ex = Assert.Throws<SourceFormatException>(() => SitemapParser.Parse(bomb, Url, 1 << 20));

        Assert.Contains("decompresses to more than 1048576 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]><urlset><url><loc>&e;</loc></url></urlset>", "not well-formed XML")]
    [InlineData("<html><body/></html>", "root element is <html>")]
    [InlineData("<urlset><url><loc>https://news.example/a</loc>", "not well-formed XML")]
    public void Parse_DtdWrongRootOrBrokenXml_ThrowsNamingTheSitemap(string xml, string expected)
    {
        var ex = Assert.Throws<SourceFormatException>(() => SitemapParser.Parse(Encoding.UTF8.GetBytes(xml), Url, 1 << 20));

        Assert.StartsWith(Url.AbsoluteUri, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
