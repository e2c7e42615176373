using Compare.Crawling.Configuration;
using Compare.Crawling.Pipeline;
using Compare.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>The shipped configuration: the demo outlets read the corpus folders, as <c>compare crawl --once</c> does.</summary>
public sealed class FolderCrawlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compare-folder-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ServiceProvider Services(string contentRoot) => CrawlingServices.Build(CrawlingConfiguration.Load(null, new Dictionary<string, string?>
    {
        ["Storage:DatabasePath"] = Path.Combine(_folder, "compare.db"),
        ["Crawler:ContentRoot"] = contentRoot,
    }));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Crawl_ShippedConfiguration_StoresEveryDemoArticleThenReportsAllUnchanged()
    {
        await using var services = Services(RepoPaths.Root);
        var crawler = services.GetRequiredService<CrawlService>();

        var first = await crawler.RunAsync(null, null, Ct);
        var second = await crawler.RunAsync(null, null, Ct);

        Assert.Equal((26, 26, 0), (first.Totals.Fetched, first.Totals.New, first.Totals.Errors));
        Assert.Equal(6, first.Outlets.Count);
        Assert.Equal((0, 26, 0, 0), (second.Totals.Fetched, second.Totals.NotModified, second.Totals.New, second.Totals.Errors));
        var store = services.GetRequiredService<ICompareStore>();
        Assert.Equal(26, await store.Articles.CountAsync(null, Ct));
        Assert.Equal(5, await store.Articles.CountAsync("eastgate-wire", Ct));
        var article = (await store.Articles.ListAsync("blog", 10, Ct)).Single();
        Assert.Equal(new Uri("https://seed-blog.example/hamas-iran-connection/"), article.Article.CanonicalUrl);
    }

    [Fact]
    public async Task Crawl_EditedFile_BecomesARevisionAndTheOthersStayUnchanged()
    {
        var root = Path.Combine(_folder, "clone");
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "seeds", "corpus", Path.GetRelativePath(RepoPaths.Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await using var services = Services(root);
        var crawler = services.GetRequiredService<CrawlService>();
        await crawler.RunAsync(null, null, Ct);
        var page = Path.Combine(root, "seeds", "corpus", "kestrel-bay-refinery", "eastgate-wire.html");
        var html = await File.ReadAllTextAsync(page, Ct);
        Assert.Contains("Two workers were killed in the explosion", html, StringComparison.Ordinal);
        await File.WriteAllTextAsync(page, html.Replace("Two workers were killed in the explosion", "Three workers were killed in the explosion", StringComparison.Ordinal), Ct);
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));

        var second = await crawler.RunAsync(["eastgate-wire"], null, Ct);

        Assert.Equal((1, 4), (second.Totals.Revised, second.Totals.NotModified));
        var store = services.GetRequiredService<ICompareStore>();
        var article = (await store.Articles.ListAsync("eastgate-wire", 10, Ct)).Single(a => a.Revision == 2);
        var revisions = await store.Articles.GetRevisionsAsync(article.Article.Id, Ct);
        Assert.Equal("1 paragraph changed; +1/-1 words; first change: \"Two\" -> \"Three\"", revisions[1].DiffSummary);
        Assert.Contains("Two workers were killed", revisions[0].Text, StringComparison.Ordinal);
    }
}
