using System.Diagnostics;
using System.Globalization;
using Compare.Core.Stories.Grouping;
using Compare.Server.Benchmarks;
using Compare.Server.Hosting;
using Compare.Server.Worker;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project tests/Compare.Server.Benchmarks -- [grouping] [cycle]
//    or: dotnet run -c Release --project tests/Compare.Server.Benchmarks -- cluster [--workers 1,2] [--events 40] [--outlets 5]
//        [--page-latency-ms 100] [--crawl-delay-ms 200] [--repeat 1] [--connstr ...]   (PostgreSQL from PG_TEST_CONNSTR otherwise)
if (args.Length > 0 && args[0] == "cluster")
{
    return await Compare.Server.Benchmarks.Cluster.ClusterBenchmark.RunAsync(args[1..]);
}

var what = args.Length == 0 ? ["grouping", "cycle"] : args;
if (what.Contains("grouping"))
{
    Console.WriteLine("Grouping generated articles (5 outlets per event, 10 events a day), in passes of 500 as the worker does:");
    Console.WriteLine("articles   seconds   µs/article   stories   events   pure");
    foreach (var n in new[] { 1000, 2500, 5000, 10000 })
    {
        var articles = SyntheticNews.Generate(n, 384, seed: 7);
        var grouper = new StoryGrouper(new StoryGroupingOptions(), 384);
        var watch = Stopwatch.StartNew();
        foreach (var pass in articles.Select(a => a.Article).Chunk(500))
        {
            grouper.Assign(pass, CancellationToken.None);
        }

        watch.Stop();
        var events = articles.Select(a => a.Event).Distinct().Count();
        var eventOf = articles.ToDictionary(a => a.Article.ArticleId, a => a.Event);
        var pure = grouper.StoryIds.Count(id => grouper.Members(id).Select(m => eventOf[m.ArticleId]).Distinct().Count() == 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n,8}   {watch.Elapsed.TotalSeconds,7:0.00}   {watch.Elapsed.TotalMicroseconds / n,10:0}   {grouper.StoryIds.Count,7}   {events,6}   {pure,4}"));
    }
}

if (what.Contains("cycle"))
{
    var folder = Directory.CreateTempSubdirectory("compare-bench-").FullName;
    var root = FindRoot();
    try
    {
        var app = CompareHost.Build(
        [
            "--Server:Port=0", "--Worker:RunAtStart=false", $"--Storage:DatabasePath={Path.Combine(folder, "compare.db")}",
            $"--Worker:ReportsPath={Path.Combine(folder, "reports")}", $"--Crawler:ContentRoot={root}", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var cycle = app.Services.GetRequiredService<WorkerCycle>();
        var first = await cycle.RunAsync(new CycleRequest("bench", []), CancellationToken.None);
        var second = await cycle.RunAsync(new CycleRequest("bench", []), CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Full cycle over the demo corpus: first {first.Elapsed.TotalSeconds:0.0} s ({first.Crawl.Totals.New} new articles, {first.Compared} stories compared), " +
            $"second {second.Elapsed.TotalSeconds:0.00} s ({second.Crawl.Totals.New} new, {second.Compared} compared)"));
        await app.StopAsync();
        await app.DisposeAsync();
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

return 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Compare.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Compare.sln not found above " + AppContext.BaseDirectory);
}
