using Compare.Crawling.Discovery;

namespace Compare.Crawling.Tests.Discovery;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example/feeds/world.xml");

    [Fact]
    public void Parse_Rss_ResolvesRelativeLinksAndListsDuplicatesOnce()
    {
        const string rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
            <item><title>One</title><link>/world/one</link><pubDate>Tue, 01 Sep 2026 08:00:00 +0000</pubDate></item>
            <item><title>One again</title><link>https://NEWS.example/world/one?utm_source=rss#x</link></item>
            <item><title>Two</title><link>two</link></item>
            </channel></rss>
            """;

        var links = FeedParser.Parse(rss, FeedUrl);

        Assert.Equal(["https://news.example/world/one", "https://news.example/feeds/two"], links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal("One", links[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero), links[0].PublishedAt);
    }

    [Fact]
    public void Parse_Atom_ReadsAlternateLinks()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>
            <entry><title>Atom story</title><link rel="alternate" href="https://news.example/a/1"/><id>urn:1</id>
            <published>2026-09-02T10:00:00Z</published><updated>2026-09-02T10:00:00Z</updated></entry></feed>
            """;

        var link = Assert.Single(FeedParser.Parse(atom, FeedUrl));

        Assert.Equal("https://news.example/a/1", link.Url.AbsoluteUri);
        Assert.Equal("Atom story", link.Title);
    }

    [Fact]
    public void Parse_JsonFeed_ReadsItems()
    {
        const string json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"World","items":[
              {"id":"1","url":"https://news.example/j/1","title":"JSON one","date_published":"2026-09-03T07:00:00Z"},
              {"id":"https://news.example/j/2","title":"JSON two"},
              {"id":"3","external_url":"/j/3"}]}
            """;

        var links = FeedParser.Parse(json, FeedUrl);

        Assert.Equal(["https://news.example/j/1", "https://news.example/j/2", "https://news.example/j/3"], links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2026, 9, 3, 7, 0, 0, TimeSpan.Zero), links[0].PublishedAt);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><link>/x</link></channel>", "not a readable RSS or Atom feed")]
    [InlineData("<html><body>Not a feed</body></html>", "not an RSS, Atom or JSON feed")]
    [InlineData("{\"items\": []}", "not a JSON Feed")]
    [InlineData("{ broken", "not valid JSON")]
    public void Parse_Malformed_ThrowsNamingTheFeed(string content, string expected)
    {
        var ex = Assert.Throws<SourceFormatException>(() => FeedParser.Parse(content, FeedUrl));

        Assert.StartsWith(FeedUrl.AbsoluteUri, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryCorpusFeed_ListsEveryPage()
    {
        foreach (var feed in Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "feeds"), "*.xml"))
        {
            var links = FeedParser.Parse(File.ReadAllText(feed), new Uri("https://corpus.example/feed.xml"));

            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.NotNull(l.PublishedAt));
        }
    }
}
