using Compare.Crawling.Robots;

namespace Compare.Crawling.Tests.Robots;

/// <summary>RFC 9309 behaviour, with examples from the RFC and from real robots.txt files.</summary>
public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path, string token = "CompareBot") =>
        RobotsTxt.Parse(robots, token).IsAllowed(new Uri("https://example.com" + path));

    [Theory]
    [InlineData("/fish", false)]
    [InlineData("/fish/salmon.html", false)]
    [InlineData("/fishheads", false)]
    [InlineData("/Fish.asp", true)]
    [InlineData("/catfish", true)]
    [InlineData("/", true)]
    public void IsAllowed_PrefixRule_MatchesFromThePathStartCaseSensitively(string path, bool expected) =>
        Assert.Equal(expected, Allowed("User-agent: *\nDisallow: /fish\n", path));

    [Theory]
    [InlineData("/page", true)]
    [InlineData("/page/", false)]
    [InlineData("/page/one", true)]
    public void IsAllowed_LongestMatchWins(string path, bool expected) =>
        Assert.Equal(expected, Allowed("User-agent: *\nAllow: /page\nDisallow: /page/\nAllow: /page/one\n", path));

    [Fact]
    public void IsAllowed_EqualLengthAllowAndDisallow_AllowWins() =>
        Assert.True(Allowed("User-agent: *\nDisallow: /folder\nAllow: /folder\n", "/folder/x"));

    [Theory]
    [InlineData("/filename.php", false)]
    [InlineData("/folder/filename.php", false)]
    [InlineData("/filename.php?parameters", true)]
    [InlineData("/filename.php/", true)]
    [InlineData("/a.phps", true)]
    [InlineData("/private/x?session=1", false)]
    [InlineData("/private/x", true)]
    public void IsAllowed_WildcardAndEndAnchor(string path, bool expected) =>
        Assert.Equal(expected, Allowed("User-agent: *\nDisallow: /*.php$\nDisallow: /private/*session=\n", path));

    [Fact]
    public void Parse_OwnGroup_IsChosenCaseInsensitivelyOverStar()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: comparebot\nUser-agent: OtherBot\nDisallow: /drafts/\nCrawl-delay: 2.5\n";

        Assert.True(Allowed(robots, "/news/1"));
        Assert.False(Allowed(robots, "/drafts/1"));
        Assert.False(Allowed(robots, "/news/1", "SomeoneElse"));
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsTxt.Parse(robots, "CompareBot").CrawlDelay);
    }

    [Fact]
    public void Parse_SeveralGroupsForUs_AreMerged()
    {
        const string robots = "User-agent: CompareBot\nDisallow: /a/\n\nUser-agent: *\nDisallow: /\n\nUser-agent: CompareBot\nDisallow: /b/\n";

        Assert.False(Allowed(robots, "/a/1"));
        Assert.False(Allowed(robots, "/b/1"));
        Assert.True(Allowed(robots, "/c/1"));
    }

    [Fact]
    public void Parse_CommentsEmptyDisallowAndUnknownLines_AreHandled()
    {
        const string robots = "# site rules\nUser-agent: * # everyone\nDisallow:\nUnknown-field: x\nSitemap: https://example.com/sitemap.xml\n";

        var parsed = RobotsTxt.Parse(robots, "CompareBot");

        Assert.True(parsed.IsAllowed(new Uri("https://example.com/anything")));
        Assert.Equal(["https://example.com/sitemap.xml"], parsed.Sitemaps);
        Assert.Null(parsed.CrawlDelay);
    }

    [Fact]
    public void IsAllowed_RobotsTxtItself_IsAlwaysAllowed()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));
        Assert.True(RobotsTxt.DisallowEverything.IsAllowed(new Uri("https://example.com/robots.txt")));
        Assert.False(RobotsTxt.DisallowEverything.IsAllowed(new Uri("https://example.com/news")));
    }

    [Fact]
    public void IsAllowed_PercentEncodedPatternAndPath_Compare()
    {
        Assert.False(Allowed("User-agent: *\nDisallow: /caf%C3%A9\n", "/café/menu"));
        Assert.False(Allowed("User-agent: *\nDisallow: /café\n", "/caf%C3%A9/menu"));
    }
}
