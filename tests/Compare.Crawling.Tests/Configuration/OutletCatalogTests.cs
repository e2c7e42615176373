using Compare.Core.Corpus;
using Compare.Crawling.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Tests.Configuration;

public sealed class OutletCatalogTests
{
    private static OutletCatalog Catalog(IConfiguration configuration)
    {
        var options = new OutletsOptions();
        configuration.GetSection(OutletsOptions.SectionName).Bind(options.Outlets);
        var result = new OutletsOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException("Outlets", typeof(OutletsOptions), result.Failures);
        }

        return new OutletCatalog(Options.Create(options));
    }

    [Fact]
    public void ShippedConfiguration_DemoOutletsReadTheCorpusFoldersAndLiveFeedsAreDisabled()
    {
        var catalog = Catalog(CrawlingConfiguration.Load(null));
        var corpus = CorpusCatalog.Load(RepoPaths.Corpus);

        var enabled = catalog.Select(null);
        Assert.Equal(corpus.Outlets.Select(o => o.Outlet.Id).Order(StringComparer.Ordinal), enabled.Select(o => o.Id).Order(StringComparer.Ordinal));
        foreach (var outlet in enabled)
        {
            var corpusOutlet = corpus.Outlet(outlet.Id);
            Assert.Equal(corpusOutlet.Outlet, outlet.Outlet);
            var source = Assert.Single(outlet.Sources);
            Assert.Equal(SourceKind.Folder, source.Kind);
            var files = Compare.Crawling.Discovery.FolderSource.Files(source.Path!, RepoPaths.Root);
            Assert.Equal(corpus.Topics.Count(t => t.Gold.Articles.Any(a => a.Outlet == outlet.Id)), files.Count);
        }

        var live = catalog.Outlets.Where(o => !o.Enabled).ToList();
        Assert.Equal(["al-jazeera", "bbc-news", "nyt-middle-east"], live.Select(o => o.Id).Order(StringComparer.Ordinal));
        Assert.All(live, o => Assert.Equal("https", Assert.Single(o.Sources).Url!.Scheme));
        Assert.All(live, o => Assert.Empty(o.Addresses.AllowedPrivateNetworks));
        Assert.True(catalog.Outlets.Single(o => o.Id == "bbc-news").IsAllowedUrl(new Uri("https://www.bbc.co.uk/news/articles/x")));
        Assert.False(catalog.Outlets.Single(o => o.Id == "bbc-news").IsAllowedUrl(new Uri("https://notbbc.com/x")));
    }

    [Fact]
    public void Validate_BadOutlets_EachErrorNamesTheOutletAndField()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outlets:0:Id"] = "good", ["Outlets:0:Name"] = "Good", ["Outlets:0:HomeUrl"] = "https://good.example/",
            ["Outlets:0:Sources:0:Kind"] = "Feed", ["Outlets:0:Sources:0:Url"] = "https://good.example/rss",
            ["Outlets:1:Id"] = "bad-url", ["Outlets:1:Name"] = "Bad", ["Outlets:1:HomeUrl"] = "ftp://bad.example/",
            ["Outlets:1:Sources:0:Kind"] = "Feed", ["Outlets:1:Sources:0:Url"] = "https://bad.example/rss",
            ["Outlets:2:Id"] = "no-path", ["Outlets:2:Name"] = "No path", ["Outlets:2:HomeUrl"] = "https://np.example/",
            ["Outlets:2:Sources:0:Kind"] = "Folder",
            ["Outlets:3:Id"] = "bad-net", ["Outlets:3:Name"] = "Bad net", ["Outlets:3:HomeUrl"] = "https://bn.example/",
            ["Outlets:3:Sources:0:Kind"] = "Sitemap", ["Outlets:3:Sources:0:Url"] = "https://bn.example/sitemap.xml",
            ["Outlets:3:AllowedPrivateNetworks:0"] = "intranet",
            ["Outlets:4:Id"] = "good", ["Outlets:4:Name"] = "Again", ["Outlets:4:HomeUrl"] = "https://again.example/",
            ["Outlets:4:Sources:0:Kind"] = "Feed", ["Outlets:4:Sources:0:Url"] = "https://again.example/rss",
        }).Build();

        var ex = Assert.Throws<OptionsValidationException>(() => Catalog(configuration));

        Assert.Equal(
            [
                "Outlets[1] (bad-url): HomeUrl 'ftp://bad.example/' is not an absolute http(s) URL",
                "Outlets[2] (no-path): Sources[0] is a folder without a Path",
                "Outlets[3] (bad-net): AllowedPrivateNetworks: 'intranet' is neither an IP address nor a network such as 10.0.0.0/8",
                "Outlets: id 'good' appears 2 times",
            ],
            ex.Failures);
    }

    [Fact]
    public void Select_UnknownId_ListsTheConfiguredOnes()
    {
        var catalog = Catalog(CrawlingConfiguration.Load(null));

        var ex = Assert.Throws<ArgumentException>(() => catalog.Select(["harbor-courier", "nope"]));

        Assert.StartsWith("unknown outlet nope; configured: harbor-courier, meridian-post", ex.Message, StringComparison.Ordinal);
        Assert.Equal("bbc-news", Assert.Single(catalog.Select(["bbc-news"])).Id);
    }
}
