using Compare.Core.Corpus;
using Compare.Crawling.Extraction;

namespace Compare.Crawling.Tests.Extraction;

/// <summary>
/// Extraction on the corpus (ground truth: each outlet's body selector) and on the hand-labelled pages in
/// <c>Extraction/Pages</c> (several templates with menus, related links, newsletter and author boxes, repeated captions,
/// pull quotes, tables, layout tables, a German page).
/// </summary>
public sealed class ArticleExtractorTests
{
    private static readonly ArticleExtractor Extractor = new();

    public static TheoryData<string> OwnPages() => new(Directory.GetFiles(RepoPaths.ExtractionPages, "*.html").Select(Path.GetFileNameWithoutExtension)!);

    public static TheoryData<string> HeldOutPages() =>
        new(Directory.GetFiles(Path.Combine(RepoPaths.ExtractionPages, "..", "HeldOut"), "*.html").Select(Path.GetFullPath));

    private static ExtractedArticle Extract(string page, string url = "https://example.com/story") =>
        Extractor.Extract(File.ReadAllText(Path.Combine(RepoPaths.ExtractionPages, page + ".html")), new Uri(url));

    private static string Truth(string page) => File.ReadAllText(Path.Combine(RepoPaths.ExtractionPages, page + ".txt"));

    [Theory]
    [MemberData(nameof(OwnPages))]
    public void Extract_OwnPage_MatchesTheLabelledBody(string page)
    {
        var score = TokenF1.Of(Extract(page).Text, Truth(page));

        Assert.True(score.F1 >= 0.95, $"{page}: F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000})");
    }

    [Theory]
    [MemberData(nameof(HeldOutPages))]
    public void Extract_HeldOutPage_MatchesTheLabelledBody(string path)
    {
        // Pages written after the rules were frozen; never tuned on.
        var score = TokenF1.Of(Extractor.Extract(File.ReadAllText(path), new Uri("https://example.com/story")).Text, File.ReadAllText(Path.ChangeExtension(path, ".txt")));

        Assert.True(score.F1 >= 0.95, $"{Path.GetFileName(path)}: F1 {score.F1:0.000}");
    }

    [Fact]
    public void Extract_CorpusPages_MatchBodyAndDeclaredMetadata()
    {
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        foreach (var topic in catalog.Topics)
        {
            foreach (var outlet in topic.Gold.Articles.Select(a => catalog.Outlet(a.Outlet)))
            {
                var path = topic.PagePath(outlet.Outlet.Id);
                var page = CorpusPage.Load(path, outlet);
                var article = Extractor.Extract(File.ReadAllText(path), page.Metadata.CanonicalUrl);
                var where = $"{topic.Id}/{outlet.Outlet.Id}";

                Assert.True(TokenF1.Of(article.Text, page.BodyText).F1 >= 0.95, where);
                Assert.Equal(page.Metadata.Title, article.Title);
                Assert.Equal(page.Metadata.CanonicalUrl, article.CanonicalUrl);
                Assert.Equal(page.Metadata.PublishedAt, article.PublishedAt);
                Assert.Equal(page.Metadata.SiteName, article.SiteName);
                Assert.Equal(page.Metadata.Byline, article.Byline);
            }
        }
    }

    [Fact]
    public void Extract_BeatsPlainSmartReaderOnOwnPages()
    {
        var pages = OwnPages().Select(p => (string)p.Data).ToList();
        var ours = pages.Average(p => TokenF1.Of(Extract(p).Text, Truth(p)).F1);
        var plain = pages.Average(p => TokenF1.Of(
            SmartReader.Reader.ParseArticle("https://example.com/story", File.ReadAllText(Path.Combine(RepoPaths.ExtractionPages, p + ".html")), null).TextContent ?? string.Empty,
            Truth(p)).F1);

        Assert.True(ours > plain, $"ours {ours:0.000}, SmartReader {plain:0.000}");
    }

    [Fact]
    public void Extract_HashedClassNames_DropsMenusPromosBoxesAndTheRepeatedCaption()
    {
        var a = Extract("css-modules-news");

        foreach (var chrome in new[] { "My account", "Storm warning", "Read more", "More on this story", "Sign up", "transport correspondent", "All rights reserved", "moored at Port Ellis" })
        {
            Assert.DoesNotContain(chrome, a.Text, StringComparison.Ordinal);
        }

        Assert.StartsWith("The company that runs ferries", a.Text, StringComparison.Ordinal);
        Assert.EndsWith("on the remaining crossings.", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_JsonLdOnly_GivesTitleAuthorsTimesCanonicalAndLanguage()
    {
        var a = Extract("css-modules-news");

        Assert.Equal("Ferry operator cancels winter timetable after engine failures", a.Title);
        Assert.Equal("Ana Ruiz, Tom Lee", a.Byline);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 7, 30, 0, TimeSpan.Zero), a.PublishedAt);
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 12, 10, 0, TimeSpan.Zero), a.ModifiedAt);
        Assert.Equal(new Uri("https://coastline.example/news/ferry-winter-timetable-cancelled"), a.CanonicalUrl);
        Assert.Equal("Coastline Daily", a.SiteName);
        Assert.Equal("en-GB", a.Language);
    }

    [Fact]
    public void Extract_DataTable_KeepsCellsApartAndResolvesARelativeCanonical()
    {
        var a = Extract("election-table", "https://valleyherald.example/politics/2025/05/07/greenway-wins-alderbrook-mayor/?utm_source=x");

        Assert.Contains("Candidate | Votes | Share\n\nHelen Greenway | 5,603 | 50.9%", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Greenway5,603", a.Text, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://valleyherald.example/politics/2025/05/07/greenway-wins-alderbrook-mayor/"), a.CanonicalUrl);
        Assert.Equal("Priya Natarajan", a.Byline);
        Assert.Equal(new DateTimeOffset(2025, 5, 8, 2, 15, 0, TimeSpan.Zero), a.PublishedAt!.Value.ToUniversalTime());
    }

    [Fact]
    public void Extract_LayoutTablesWithBreaks_GivesSeparateParagraphsWithoutNavigation()
    {
        var a = Extract("legacy-layout-tables");

        Assert.Equal(6, a.Text.Split("\n\n").Length);
        Assert.DoesNotContain("Back to archive", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gazette staff report", a.Text, StringComparison.Ordinal);
        Assert.Equal("Mill fire destroys historic warehouse", a.Title);
    }

    [Fact]
    public void Extract_PullQuoteAndAuthorNote_AreDropped()
    {
        var a = Extract("magazine-longform");

        Assert.Single(a.Text.Split("\n\n"), p => p.Contains("They just stop needing you", StringComparison.Ordinal));
        Assert.DoesNotContain("contributing writer", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lighthouse at dusk", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GermanPage_DropsLinkLinesAndBoxes()
    {
        var a = Extract("german-regional");

        Assert.DoesNotContain("Mehr zum Thema", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Newsletter", a.Text, StringComparison.Ordinal);
        Assert.Equal("de", a.Language);
        Assert.Equal("Katrin Wolff", a.Byline);
    }

    [Fact]
    public void Extract_PageWithoutArticle_GivesNoText()
    {
        const string html = "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav><ul><li><a href='/1'>Story one</a></li><li><a href='/2'>Story two</a></li></ul></body></html>";

        Assert.Equal(string.Empty, Extractor.Extract(html, null).Text);
    }
}
