using System.Diagnostics;
using Compare.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Compare.Server.Tests.Hosting;

public sealed class KillTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Kill_HostProcessMidCrawl_LosesNoCommittedArticleAndTheDatabaseOpensCleanly()
    {
        await using var site = await SlowSite.StartAsync(Ct);
        var folder = Directory.CreateTempSubdirectory("compare-kill-").FullName;
        var database = Path.Combine(folder, "data", "compare.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Compare.Server.dll"));
        foreach (var setting in new[] { "Server:Port=0", $"Crawler:ContentRoot={RepoPaths.Root}" }.Concat(site.OutletSettings(keepDemo: true)))
        {
            start.ArgumentList.Add("--" + setting);
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long committed;
        try
        {
            // The demo folders are read at once; the slow outlet's pages hang, so the crawl is still running.
            await site.PageRequested.WaitAsync(TimeSpan.FromMinutes(2), Ct);
            var until = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            while ((committed = File.Exists(database) ? await ScalarAsync(database, "SELECT COUNT(*) FROM articles;") : 0) < 26)
            {
                Assert.True(DateTime.UtcNow < until, $"only {committed} articles stored");
                await Task.Delay(200, Ct);
            }

            Assert.Equal(0, await ScalarAsync(database, "SELECT COUNT(*) FROM crawl_runs WHERE finished_at IS NOT NULL;"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Ct);
        }

        try
        {
            Assert.Equal(committed, await ScalarAsync(database, "SELECT COUNT(*) FROM articles;"));
            await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
            {
                await connection.OpenAsync(Ct);
                await using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA integrity_check;";
                Assert.Equal("ok", await check.ExecuteScalarAsync(Ct));
            }

            using var store = new SqliteCompareStore(database, TimeProvider.System);
            await store.InitializeAsync(Ct);
            Assert.Equal((int)committed, await store.Articles.CountAsync(null, Ct));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
