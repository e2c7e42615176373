using Compare.Storage.Tests.Postgres;
using System.Diagnostics;
using Compare.Crawling.Configuration;
using Compare.Server.Hosting;
using Compare.Storage.Outlets;
using Compare.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Server.Tests.Cluster;

/// <summary>A worker process crawls the outlets as an api process left them: overrides stored before it started, and after.</summary>
public sealed class WorkerOutletTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WorkerRole_OutletRemovedThroughTheStore_LeavesItsCatalogAtStartAndWhileRunning()
    {
        await using var database = await PostgresTestDatabase.CreateAsync(Ct);
        await using var store = new PostgresCompareStore(database.ConnectionString, TimeProvider.System);
        await store.OutletOverrides.SetAsync(new OutletOverride("harbor-courier", null, DateTimeOffset.UtcNow), Ct);
        var folder = Directory.CreateTempSubdirectory("compare-worker-").FullName;
        var app = CompareHost.Build(
        [
            "--role", "worker", "--Server:Port=0", "--Storage:Provider=Postgres", $"--Storage:ConnectionString={database.ConnectionString}",
            "--Worker:RunAtStart=false", "--Worker:ScheduleSyncInterval=00:00:01", $"--Worker:ReportsPath={Path.Combine(folder, "reports")}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await using (app)
        {
            await app.StartAsync(Ct);
            var catalog = app.Services.GetRequiredService<OutletCatalog>();
            Assert.DoesNotContain(catalog.Outlets, o => o.Id == "harbor-courier");
            Assert.Contains(catalog.Outlets, o => o.Id == "meridian-post");

            await store.OutletOverrides.SetAsync(new OutletOverride("meridian-post", null, DateTimeOffset.UtcNow), Ct);

            var waited = Stopwatch.StartNew();
            while (catalog.Outlets.Any(o => o.Id == "meridian-post") && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, Ct);
            }

            Assert.DoesNotContain(catalog.Outlets, o => o.Id == "meridian-post");
            await app.StopAsync(Ct);
        }

        Directory.Delete(folder, recursive: true);
    }
}
