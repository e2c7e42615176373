using CodeHollow.FeedReader;

namespace Compare.Core.Tests.Corpus;

/// <summary>Pages carry the metadata a crawler reads, and each outlet's feed lists exactly its pages.</summary>
public sealed class CorpusPagesAndFeedsTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Pages_DeclareTitleSiteNamePublishedTimeAndACanonicalUrlUnderTheOutletHost()
    {
        foreach (var ((topic, outlet), page) in corpus.Pages)
        {
            var o = corpus.Catalog.Outlet(outlet).Outlet;
            var m = page.Metadata;
            Assert.False(string.IsNullOrWhiteSpace(m.Title), $"{topic}/{outlet}: no title");
            Assert.Equal(o.Name, m.SiteName);
            Assert.NotNull(m.PublishedAt);
            Assert.NotNull(m.CanonicalUrl);
            Assert.Equal(o.HomeUrl.Host, m.CanonicalUrl!.Host);
            Assert.Contains(m.Title!, page.VisibleText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pages_CarrySiteChromeOutsideTheArticleBody()
    {
        foreach (var ((topic, outlet), page) in corpus.Pages)
        {
            // The visible page is the body plus menus, footers and boxes; a page with no chrome would make extraction tests meaningless.
            Assert.True(page.VisibleText.Length > page.BodyText.Length + 300, $"{topic}/{outlet}: no chrome around the body");
        }
    }

    [Fact]
    public void CanonicalUrls_AreUnique()
    {
        var urls = corpus.Pages.Values.Select(p => p.Metadata.CanonicalUrl!.AbsoluteUri).ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public void Feeds_ParseAndListExactlyTheOutletsPages()
    {
        foreach (var outlet in corpus.Catalog.Outlets)
        {
            var feed = FeedReader.ReadFromString(File.ReadAllText(outlet.FeedPath));
            Assert.Equal(outlet.FeedFormat == "atom" ? FeedType.Atom : FeedType.Rss_2_0, feed.Type);
            var listed = feed.Items.Select(i => i.Link).Order(StringComparer.Ordinal).ToList();
            var pages = corpus.Pages.Where(p => p.Key.Outlet == outlet.Outlet.Id)
                .Select(p => p.Value.Metadata.CanonicalUrl!.AbsoluteUri).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(pages);
            Assert.Equal(pages, listed);
            Assert.All(feed.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
            Assert.All(feed.Items, i => Assert.NotNull(i.PublishingDate));
        }
    }

    [Fact]
    public void FeedItems_HaveTheTitleOfThePageTheyLinkTo()
    {
        var byUrl = corpus.Pages.Values.ToDictionary(p => p.Metadata.CanonicalUrl!.AbsoluteUri, p => p.Metadata.Title);
        foreach (var outlet in corpus.Catalog.Outlets)
        {
            foreach (var item in FeedReader.ReadFromString(File.ReadAllText(outlet.FeedPath)).Items)
            {
                Assert.True(byUrl.TryGetValue(item.Link, out var title), $"{outlet.Outlet.Id}: feed item {item.Link} has no page");
                Assert.Equal(title, item.Title);
            }
        }
    }
}
