using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compare.Server.Tests.Cluster;
using Compare.Storage.Postgres;
using Grpc.Core;
using Grpc.Net.Client;
using Npgsql;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Benchmarks.Cluster;

/// <summary>
/// Scale-out: for each worker count, a fresh PostgreSQL database, the generated news served as live sites, N worker processes
/// and one api process of the Release server binary; one crawl triggered through the api, timed until its run is SUCCEEDED and no
/// story is left stale, with each process's CPU time so the limit shows (CPU, politeness or page latency).
/// </summary>
internal static partial class ClusterBenchmark
{
    private const string ApiKey = "bench-cluster-key-0123456789abcdef";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(20);

    public static async Task<int> RunAsync(string[] args)
    {
        var workers = Option(args, "--workers", "1,2").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList();
        var events = int.Parse(Option(args, "--events", "40"), CultureInfo.InvariantCulture);
        var outlets = int.Parse(Option(args, "--outlets", "5"), CultureInfo.InvariantCulture);
        var repeat = int.Parse(Option(args, "--repeat", "1"), CultureInfo.InvariantCulture);
        var pageDelay = TimeSpan.FromMilliseconds(double.Parse(Option(args, "--page-latency-ms", "100"), CultureInfo.InvariantCulture));
        var crawlDelay = TimeSpan.FromMilliseconds(double.Parse(Option(args, "--crawl-delay-ms", "200"), CultureInfo.InvariantCulture));
        var server = Option(args, "--connstr", Environment.GetEnvironmentVariable("PG_TEST_CONNSTR") ?? "");
        if (string.IsNullOrWhiteSpace(server))
        {
            await Console.Error.WriteLineAsync("cluster: set PG_TEST_CONNSTR or pass --connstr (a PostgreSQL role with CREATEDB)");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cluster: {outlets} outlets (one host each) x {events} events = {outlets * events} pages; page latency {pageDelay.TotalMilliseconds:0} ms; " +
            $"crawl delay {crawlDelay.TotalMilliseconds:0} ms per host; workers {string.Join(",", workers)}; repeat {repeat}; " +
            $"{Environment.ProcessorCount} cores; load average {LoadAverage()}"));
        Console.WriteLine("Crawler defaults: MaxParallelPages 4 and MaxConcurrencyPerHost 2 per worker, WorkPollInterval 1 s, MaxRetries 0.");
        var runs = new List<ClusterRun>();
        for (var r = 1; r <= repeat; r++)
        {
            foreach (var w in workers)
            {
                var run = await MeasureAsync(server, w, r, outlets, events, pageDelay, crawlDelay);
                runs.Add(run);
                Print(run);
            }
        }

        Console.WriteLine();
        Console.WriteLine("(wall: TriggerCrawl to nothing stale; pickup: until a worker logged the job's start; work = wall - pickup, the rates are per work second;");
        Console.WriteLine(" pages: first page enqueued to last fetched; grouping: last page to first story enqueued; compare: first story enqueued to last compared;");
        Console.WriteLine(" cpu per process over the wall time, with the page and story items seen leased by it; postgres: the backends of the run's database)");
        Console.WriteLine("workers  run  pages  articles  dup  stories  compared  wall s  pickup s  work s  pages s  group s  compare s  pages/s  articles/s  " +
            "cpu s per process (pages, stories)  postgres cpu s  bench cpu s  machine busy");
        foreach (var run in runs)
        {
            Console.WriteLine(Row(run));
        }

        return 0;
    }

    private static async Task<ClusterRun> MeasureAsync(
        string server, int workerCount, int repeat, int outletCount, int events, TimeSpan pageDelay, TimeSpan crawlDelay)
    {
        using var cancel = new CancellationTokenSource(Patience);
        var ct = cancel.Token;
        var name = "compare_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", ct);
        var folder = Directory.CreateTempSubdirectory("compare-bench-cluster-").FullName;
        var processes = new List<ServerProcess>();
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            await using var site = await NewsSite.StartAsync(outletCount, events, pageDelay, ct);
            var settings = Settings(connection, folder);
            settings.AddRange(site.OutletSettings(ShippedOutletCount(), crawlDelay));
            for (var i = 1; i <= workerCount; i++)
            {
                processes.Add(ServerProcess.Start(
                    "worker " + i.ToString(CultureInfo.InvariantCulture), "worker", Path.Combine(folder, "w" + i.ToString(CultureInfo.InvariantCulture)), settings));
            }

            var api = ServerProcess.Start("api", "api", Path.Combine(folder, "api"), settings);
            processes.Add(api);
            foreach (var process in processes)
            {
                await process.WaitForAsync("Application started", Patience, ct);
            }

            var address = Listening().Match(await api.WaitForAsync("Now listening on:", Patience, ct)).Groups[1].Value;
            using var channel = GrpcChannel.ForAddress(address);
            var crawl = new Proto.CrawlService.CrawlServiceClient(channel);
            var auth = new Metadata { { "x-api-key", ApiKey } };
            await using var store = new PostgresCompareStore(connection, TimeProvider.System);

            // Idle cost first: what the processes and the database burn per second with nothing to do (polling).
            var idleCpu = processes.Sum(p => Cpu(p).TotalSeconds);
            var idlePg = ProcStat.ProcessesNaming(name).Values.Sum();
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            var idlePerSecond = (processes.Sum(p => Cpu(p).TotalSeconds) - idleCpu + ProcStat.ProcessesNaming(name).Values.Sum() - idlePg) / 3;

            var cpuBefore = processes.Select(Cpu).ToList();
            var pgBefore = ProcStat.ProcessesNaming(name);
            var benchBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var machineBefore = ProcStat.Machine();
            var watch = Stopwatch.StartNew();
            var seen = new Dictionary<long, (int Pid, int Kind)>();
            double? jobStarted = null;

            var run = await crawl.TriggerCrawlAsync(new Proto.TriggerCrawlRequest(), auth, cancellationToken: ct);
            while (run.Status is Proto.CrawlRunStatus.Queued or Proto.CrawlRunStatus.Running or Proto.CrawlRunStatus.Unspecified)
            {
                await Task.Delay(250, ct);
                jobStarted ??= processes.Any(p => p.Logged("Crawl job api")) ? watch.Elapsed.TotalSeconds : null;
                await SampleLeasesAsync(store.DataSource, seen, ct);
                run = await crawl.GetCrawlRunAsync(new Proto.GetCrawlRunRequest { Id = run.Id }, auth, cancellationToken: ct);
            }

            var runSeconds = watch.Elapsed.TotalSeconds;
            if (run.Status != Proto.CrawlRunStatus.Succeeded)
            {
                throw new InvalidOperationException($"run {run.Id} ended {run.Status}: {run.Error}\n" + string.Join("\n---\n", processes.Select(p => p.Tail())));
            }

            while ((await store.Stories.ListStaleAsync(ct)).Count > 0 || await ScalarAsync(store.DataSource, "SELECT count(*) FROM work_items WHERE state < 2", ct) > 0)
            {
                await SampleLeasesAsync(store.DataSource, seen, ct);
                await Task.Delay(250, ct);
            }

            var wall = watch.Elapsed.TotalSeconds;
            foreach (var line in processes.SelectMany(p => p.Lines).Where(l => l.Contains("Cycle api", StringComparison.Ordinal)))
            {
                Console.WriteLine("    " + line.Trim());
            }

            var cpuAfter = processes.Select(Cpu).ToList();
            var pgAfter = ProcStat.ProcessesNaming(name);
            var benchAfter = Process.GetCurrentProcess().TotalProcessorTime;
            var machineAfter = ProcStat.Machine();

            var pgCpu = pgAfter.Sum(p => p.Value - pgBefore.GetValueOrDefault(p.Key));
            var byOwner = seen.Values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
            var started = jobStarted ?? 0;
            var crawlSeconds = await SpanAsync(store.DataSource, 1, ct);
            var analysisSeconds = await SpanAsync(store.DataSource, 2, ct);
            var grouping = await GapAsync(store.DataSource, ct);
            var stories = (await store.Stories.ListAsync(ct)).Count;
            var compared = (int)await ScalarAsync(store.DataSource, "SELECT count(*) FROM comparison_snapshots", ct);
            var articles = (int)await ScalarAsync(store.DataSource, "SELECT count(*) FROM articles", ct);
            var duplicates = (int)await ScalarAsync(store.DataSource, "SELECT coalesce(sum(duplicates), 0) FROM work_items WHERE kind = 1", ct);
            var perProcess = processes.Select((p, i) => (
                    p.Name, (cpuAfter[i] - cpuBefore[i]).TotalSeconds,
                    byOwner.GetValueOrDefault((p.Id, 1)), byOwner.GetValueOrDefault((p.Id, 2))))
                .ToList();
            return new ClusterRun(workerCount, repeat, site.Served, articles, duplicates, stories, compared, wall, runSeconds, started, crawlSeconds,
                grouping, analysisSeconds, idlePerSecond, perProcess, pgCpu, (benchAfter - benchBefore).TotalSeconds, machineAfter.Busy - machineBefore.Busy, machineAfter.Total - machineBefore.Total);
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Settings(string connection, string folder) =>
    [
        "Server:Port=0",
        "Storage:Provider=Postgres",
        $"Storage:ConnectionString={connection}",
        "Worker:RunAtStart=false",
        // The shipped schedule fires every half hour; this one never does during a run.
        "Worker:Schedules:0:Id=default",
        "Worker:Schedules:0:Cron=0 0 3 1 1 ?",
        "Worker:Schedules:0:TimeZone=UTC",
        $"Worker:ReportsPath={Path.Combine(folder, "reports")}",
        "Crawler:ContactUrl=https://compare.test/contact",
        "Crawler:MaxRetries=0",
        "Crawler:MaxPagesPerOutlet=10000",
        "Grpc:ApiKeys:0:Name=bench",
        $"Grpc:ApiKeys:0:Key={ApiKey}",
        $"Crawler:ContentRoot={folder}",
        "Logging:LogLevel:Default=Information",
        "Logging:LogLevel:Microsoft.AspNetCore=Warning",
        "Logging:LogLevel:Quartz=Warning",
        "Logging:LogLevel:Compare.Crawling=Warning",
        "Logging:LogLevel:Compare.Storage=Warning",
        "Logging:LogLevel:Npgsql=Warning",
        "Logging:LogLevel:System.Net.Http=Warning",
        "Logging:LogLevel:Polly=Warning",
    ];

    private static TimeSpan Cpu(ServerProcess process)
    {
        using var p = Process.GetProcessById(process.Id);
        return p.TotalProcessorTime;
    }

    /// <summary>
    /// Notes which process holds each leased item now (a completed item's owner is cleared, so the split is sampled while the run goes:
    /// an item held for less than the sampling interval may be missed).
    /// </summary>
    private static async Task SampleLeasesAsync(NpgsqlDataSource data, Dictionary<long, (int Pid, int Kind)> seen, CancellationToken ct)
    {
        await using var command = data.CreateCommand("SELECT id, owner, kind FROM work_items WHERE state = 1");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var owner = reader.IsDBNull(1) ? "" : reader.GetString(1);
            var parts = owner.Split('/');
            var pid = parts.Length >= 2 && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            seen[reader.GetInt64(0)] = (pid, reader.GetInt16(2));
        }
    }

    /// <summary>Seconds from the last page finished to the first story enqueued: the grouping pass (one process) between crawl and comparison.</summary>
    private static async Task<double> GapAsync(NpgsqlDataSource data, CancellationToken ct)
    {
        await using var command = data.CreateCommand(
            "SELECT coalesce(extract(epoch FROM (SELECT min(enqueued_at) FROM work_items WHERE kind = 2) - " +
            "(SELECT max(finished_at) FROM work_items WHERE kind = 1)), 0)::float8");
        return (double)(await command.ExecuteScalarAsync(ct) ?? 0d);
    }

    /// <summary>Seconds from the first item of a kind enqueued to the last one finished.</summary>
    private static async Task<double> SpanAsync(NpgsqlDataSource data, int kind, CancellationToken ct)
    {
        await using var command = data.CreateCommand(
            "SELECT coalesce(extract(epoch FROM max(finished_at) - min(enqueued_at)), 0)::float8 FROM work_items WHERE kind = $1");
        command.Parameters.AddWithValue((short)kind);
        return (double)(await command.ExecuteScalarAsync(ct) ?? 0d);
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource data, string sql, CancellationToken ct)
    {
        await using var command = data.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static int ShippedOutletCount()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "outlets.json")));
        return doc.RootElement.GetProperty("Outlets").GetArrayLength();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static void Print(ClusterRun run) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {run.Workers} worker(s), run {run.Repeat}: {run.Pages} pages, {run.Articles} articles, {run.Stories} stories, {run.Compared} compared; " +
        $"job started {run.JobStartSeconds:0.0} s after TriggerCrawl, SUCCEEDED after {run.RunSeconds:0.0} s, nothing stale after {run.WallSeconds:0.0} s; " +
        $"pages {run.CrawlSeconds:0.0} s, grouping {run.GroupingSeconds:0.0} s, comparisons {run.AnalysisSeconds:0.0} s; idle polling {run.IdleCpuPerSecond:0.00} cpu s/s"));

    private static string Row(ClusterRun run)
    {
        var cpu = string.Join(", ", run.Processes.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Name.Replace("worker ", "w", StringComparison.Ordinal)} {p.CpuSeconds:0.0} ({p.Pages}, {p.Stories})")));
        var cores = run.MachineTotal > 0 ? run.MachineTotal / run.WallSeconds : 0;
        var work = run.WallSeconds - run.JobStartSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{run.Workers,7}  {run.Repeat,3}  {run.Pages,5}  {run.Articles,8}  {run.Duplicates,3}  {run.Stories,7}  {run.Compared,8}  {run.WallSeconds,6:0.0}  " +
            $"{run.JobStartSeconds,7:0.0}  {work,6:0.0}  {run.CrawlSeconds,7:0.0}  {run.GroupingSeconds,6:0.0}  {run.AnalysisSeconds,7:0.0}  " +
            $"{run.Pages / work,7:0.0}  {run.Articles / work,10:0.0}  " +
            $"{cpu}  {run.PostgresCpu,6:0.0}  {run.BenchCpu,6:0.0}  {run.MachineBusy / run.WallSeconds:0.00} of {cores:0} cores busy");
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
