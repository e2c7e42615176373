using Compare.Crawling.Pipeline;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>One crawl of the hostile outlet, shared by the tests that inspect its outcome.</summary>
public sealed class HostileSiteFixture : IAsyncLifetime
{
    public TestSite Site { get; private set; } = null!;

    public CrawlHarness Crawler { get; private set; } = null!;

    public CrawlSummary Summary { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Site = await TestSite.StartAsync();
        Site.ChangingText = HostilePages.FlakyText.Replace("apple", "pear", StringComparison.Ordinal) + " This is the first version of the story.";
        Crawler = new CrawlHarness(Settings(Site));
        Summary = await Crawler.CrawlAsync();
    }

    public static Dictionary<string, string?> Settings(TestSite site)
    {
        var settings = CrawlHarness.Outlet(0, "hostile", new Uri("http://hostile.example/"), new Uri(site.BaseUrl, "hostile/feed.xml"),
            new Uri(site.BaseUrl, "hostile/broken.xml"));
        // Both hosts belong to the outlet, so what stops 127.0.0.2 is the SSRF guard, not the host list.
        settings["Outlets:0:AllowedHosts:0"] = "127.0.0.2";
        settings["Outlets:0:AllowedHosts:1"] = "elsewhere.example.invalid";
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await Crawler.DisposeAsync();
        await Site.DisposeAsync();
    }
}
