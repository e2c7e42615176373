using System.Text;
using Compare.Cli.Reports;
using Compare.Crawling.Extraction;

namespace Compare.Cli.Tests.Reports;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("compare-report-").FullName;
    private readonly ArticleFileReader _reader = new(new ArticleExtractor(), 10_000);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Read_CorpusPage_TakesOutletFromSiteNameAndUrlFromCanonical()
    {
        var page = Path.Combine(RepoPaths.Corpus, "port-alder-budget", "meridian-post.html");
        var errors = new List<string>();

        var read = new ArticleFileReader(new ArticleExtractor(), 1_000_000).Read(page, Path.GetDirectoryName(page)!, errors);

        Assert.Empty(errors);
        Assert.NotNull(read);
        Assert.Equal("meridian-post", read.Value.Outlet.Id);
        Assert.Equal("Meridian Post", read.Value.Outlet.Name);
        Assert.Equal("meridianpost.example", read.Value.Article.CanonicalUrl.Host);
        Assert.NotNull(read.Value.Article.PublishedAt);
        Assert.DoesNotContain("Become a member", read.Value.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainTextInOutletFolder_TitleIsFirstLineAndOutletIsTheFolder()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "river-gazette"));
        var file = Path.Combine(_dir, "river-gazette", "story.txt");
        File.WriteAllText(file, "Bridge reopens\n\nThe bridge reopened on Monday after 14 months of repairs costing $12 million.\n");
        var errors = new List<string>();

        var read = _reader.Read(file, _dir, errors);

        Assert.Empty(errors);
        Assert.Equal("river-gazette", read!.Value.Outlet.Id);
        Assert.Equal(new Uri(Path.Combine(_dir, "river-gazette") + Path.DirectorySeparatorChar), read.Value.Outlet.HomeUrl);
        Assert.Equal(new Uri(file), read.Value.Article.CanonicalUrl);
        Assert.Equal("Bridge reopens", read.Value.Article.Title);
        Assert.Contains("$12 million", read.Value.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainTextWithHeader_FieldsComeFromTheHeaderAndTheBodyLeavesItOut()
    {
        var file = Path.Combine(_dir, "story.txt");
        File.WriteAllText(file, "title: Bridge reopens after repairs\r\npublished: 2026-05-12T09:30:00Z\r\noutlet: River Gazette\r\n"
            + "url: https://rivergazette.example/bridge\r\nbyline: Ana Perl\r\n\r\nThe bridge reopened on Tuesday after 14 months of repairs.\r\n");
        var errors = new List<string>();

        var read = _reader.Read(file, _dir, errors);

        Assert.Empty(errors);
        var (article, outlet) = read!.Value;
        Assert.Equal("Bridge reopens after repairs", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 5, 12, 9, 30, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(("river-gazette", "River Gazette"), (outlet.Id, outlet.Name));
        Assert.Equal("https://rivergazette.example/bridge", article.CanonicalUrl.ToString());
        Assert.Equal("https://rivergazette.example/", outlet.HomeUrl.ToString());
        Assert.Equal("Ana Perl", article.Byline);
        Assert.StartsWith("The bridge reopened on Tuesday", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("published", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithBadTimeAndUrl_ReadWithoutThemAndEachGetsAMessageNamingTheFile()
    {
        var file = Path.Combine(_dir, "story.txt");
        File.WriteAllText(file, "title: Bridge reopens\npublished: last Tuesday\nurl: not a link\n\nThe bridge reopened after 14 months of repairs.\n");
        var errors = new List<string>();

        var read = _reader.Read(file, _dir, errors);

        Assert.NotNull(read);
        Assert.Null(read.Value.Article.PublishedAt);
        Assert.Equal("Bridge reopens", read.Value.Article.Title);
        Assert.Equal(new Uri(file), read.Value.Article.CanonicalUrl);
        Assert.Collection(errors,
            e => Assert.Contains($"{file}: 'published: last Tuesday' is not a date and time", e, StringComparison.Ordinal),
            e => Assert.Contains($"{file}: 'url: not a link' is not an http(s) address", e, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Update: the bridge reopened on Monday.\n\nIt had been shut for 14 months.")]
    [InlineData("title: Bridge\nsubtitle: Reopened\n\nThe bridge reopened on Monday.")]
    [InlineData("title: Bridge\ntitle: Again\n\nThe bridge reopened on Monday.")]
    public void Read_FirstParagraphThatIsNotAHeader_IsKeptAsText(string content)
    {
        var file = Path.Combine(_dir, "story.txt");
        File.WriteAllText(file, content);
        var errors = new List<string>();

        var read = _reader.Read(file, _dir, errors);

        Assert.Empty(errors);
        Assert.Equal(content, read!.Value.Article.Text);
        Assert.Equal(content[..content.IndexOf('\n', StringComparison.Ordinal)], read.Value.Article.Title);
        Assert.Null(read.Value.Article.PublishedAt);
    }

    [Fact]
    public void Read_PlainTextDirectlyInTheFolder_OutletIsTheFileName()
    {
        var file = Path.Combine(_dir, "Valley Times.txt");
        File.WriteAllText(file, "Title\nSome text stating that 40 people attended.");

        var read = _reader.Read(file, _dir, new List<string>());

        Assert.Equal("valley-times", read!.Value.Outlet.Id);
        Assert.Equal("Valley Times", read.Value.Outlet.Name);
    }

    [Fact]
    public void Read_EmptyBinaryAndOversizeFiles_AreLeftOutWithAMessageNamingThem()
    {
        var empty = Path.Combine(_dir, "empty.txt");
        var binary = Path.Combine(_dir, "image.txt");
        var big = Path.Combine(_dir, "big.txt");
        File.WriteAllBytes(empty, []);
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        File.WriteAllText(big, new string('a', 20_000));
        var errors = new List<string>();

        Assert.Null(_reader.Read(empty, _dir, errors));
        Assert.Null(_reader.Read(binary, _dir, errors));
        Assert.Null(_reader.Read(big, _dir, errors));

        Assert.Collection(errors,
            e => Assert.Equal($"{empty}: empty file; left out", e),
            e => Assert.Equal($"{binary}: binary content, not text or HTML; left out", e),
            e => Assert.Equal($"{big}: 20,000 characters, more than the limit of 10,000 (--max-chars); left out", e));
    }

    [Fact]
    public void Read_Latin1Text_IsDecodedWithoutReplacementCharacters()
    {
        var file = Path.Combine(_dir, "latin.txt");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes("Caf\u00e9 owners\nThe caf\u00e9 paid \u00a3300 in fees."));

        var read = _reader.Read(file, _dir, new List<string>());

        Assert.Contains("caf\u00e9 paid \u00a3300", read!.Value.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', read.Value.Article.Text);
    }

    [Fact]
    public void Expand_FolderSkipsNonArticleFiles_AndMissingPathsAreReported()
    {
        File.WriteAllText(Path.Combine(_dir, "a.html"), "<html></html>");
        File.WriteAllText(Path.Combine(_dir, "gold.json"), "{}");
        File.WriteAllText(Path.Combine(_dir, "facts.md"), "# facts");
        var missing = Path.Combine(_dir, "nope");
        var errors = new List<string>();

        var files = ArticleFileReader.Expand([_dir, missing], errors);

        Assert.Equal([Path.Combine(_dir, "a.html")], files.Select(f => f.File));
        Assert.Equal([$"{missing}: no such file or folder"], errors);
    }
}
