using Compare.Core.Stories.Changes;
using Compare.Server.Worker;
using Compare.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Server.Tests.Worker;

public sealed class ComparisonsOverTimeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void CopyCorpus(string to)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, "seeds", "corpus", Path.GetRelativePath(RepoPaths.Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<long> EmbeddingsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM embedding_cache;";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    [Fact]
    public async Task RunAsync_ArticleRevised_NextSnapshotAndDiffForItsStoryOnlyAndOnlyNewTextsEmbedded()
    {
        var folder = Directory.CreateTempSubdirectory("compare-host-").FullName;
        CopyCorpus(folder);
        try
        {
            await using var host = await HostRun.StartAsync(folder, null, "Worker:RunAtStart=false", $"Crawler:ContentRoot={folder}");
            var cycle = host.App.Services.GetRequiredService<WorkerCycle>();
            await cycle.RunAsync(new CycleRequest("test", []), Ct);
            var embedded = await EmbeddingsAsync(host.DatabasePath);
            using var store = new SqliteCompareStore(host.DatabasePath, TimeProvider.System);
            var stories = await store.Stories.ListAsync(Ct);
            Assert.Equal(6, stories.Count);
            Assert.All(stories, s => Assert.Equal(1, s.SnapshotVersion));

            var page = Path.Combine(folder, "seeds", "corpus", "port-alder-budget", "northline-news.html");
            var html = await File.ReadAllTextAsync(page, Ct);
            Assert.Contains("The vote was 7-2.", html, StringComparison.Ordinal);
            await File.WriteAllTextAsync(page, html.Replace("The vote was 7-2.", "The vote was 6-3.", StringComparison.Ordinal), Ct);
            File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));
            await cycle.RunAsync(new CycleRequest("test", []), Ct);

            var after = await store.Stories.ListAsync(Ct);
            var budget = Assert.Single(after, s => s.OutletIds.Contains("northline-news") && s.OutletIds.Contains("civic-ledger") && s.OutletIds.Count == 4
                && !s.OutletIds.Contains("eastgate-wire"));
            Assert.Equal(2, budget.SnapshotVersion);
            Assert.All(after.Where(s => s.Id != budget.Id), s => Assert.Equal(1, s.SnapshotVersion));
            var diff = Assert.Single(await store.Snapshots.ListDiffsAsync(budget.Id, Ct));
            Assert.Equal((1, 2), (diff.FromVersion, diff.ToVersion));
            // Northline News now gives the tally the other outlets give: their difference on it is resolved.
            var resolved = Assert.Single(diff.Diff.Changes, c => c.Kind == FactChangeKind.ResolvedDifference);
            Assert.Contains("northline-news", resolved.Outlets);
            // The one new sentence and the article's new title-and-lead text: nothing else is embedded again.
            Assert.Equal(embedded + 2, await EmbeddingsAsync(host.DatabasePath));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
