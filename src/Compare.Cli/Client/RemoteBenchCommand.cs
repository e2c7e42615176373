using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Compare.Protos.V1;
using Grpc.Core;

namespace Compare.Cli.Client;

/// <summary>
/// <c>compare --server URL bench [--rate 1000] [--seconds 30]</c>: latency of the running server, measured from this (second)
/// process. GetReport of a stored report at a fixed request rate (open loop: each request has its planned send time, and
/// its latency counts from then, so a stalled server cannot hide its queueing), then Compare of a 4-outlet story, warm.
/// </summary>
internal static class RemoteBenchCommand
{
    public static Command Build(RemoteConnection connection)
    {
        var rate = new Option<int>("--rate") { Description = "GetReport requests per second", DefaultValueFactory = _ => 1000 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds measured (after 5 s of warm-up at the same rate)", DefaultValueFactory = _ => 30 };
        var compares = new Option<int>("--compares") { Description = "Compare runs measured (after one warm-up run)", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "Measure GetReport latency at a fixed rate and Compare time on a 4-outlet story, against the server");
        command.Options.Add(rate);
        command.Options.Add(seconds);
        command.Options.Add(compares);
        command.SetAction((p, ct) => connection.RunAsync(p, c => RunAsync(c, p.GetValue(rate), p.GetValue(seconds), p.GetValue(compares), ct)));
        return command;
    }

    private static async Task<int> RunAsync(Clients c, int rate, int seconds, int compares, CancellationToken cancellationToken)
    {
        var stories = await c.Comparisons.ListStoriesAsync(new ListStoriesRequest { PageSize = 200 }, c.Options(cancellationToken)).ConfigureAwait(false);
        var compared = stories.Stories.Where(s => s.OutletIds.Count >= 2).ToList();
        if (compared.Count == 0)
        {
            await Console.Error.WriteLineAsync("compare: the server has no compared story yet; wait for its first cycle").ConfigureAwait(false);
            return 1;
        }

        var story = compared.FirstOrDefault(s => s.OutletIds.Count == 4) ?? compared[0];
        var request = new GetReportRequest { StoryId = story.Id, Format = ReportFormat.Markdown };
        Console.WriteLine($"GetReport {story.Id} ({story.Label}), Markdown, {rate}/s for {seconds} s after 5 s of warm-up");
        await LoadAsync(c, request, rate, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        var result = await LoadAsync(c, request, rate, TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
        Console.WriteLine(result);

        Console.WriteLine($"Compare {story.Id} ({story.OutletIds.Count} outlets: {string.Join(", ", story.OutletIds)}), recomputed, warm");
        var times = new List<double>();
        for (var i = 0; i <= compares; i++)
        {
            var watch = Stopwatch.StartNew();
            var report = await c.Comparisons.CompareAsync(new CompareRequest { StoryId = story.Id, Recompute = true }, c.Options(cancellationToken)).ConfigureAwait(false);
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {i}: {watch.Elapsed.TotalMilliseconds:0} ms, {report.Clusters.Count} facts, {report.Findings.Count} findings"));
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Compare warm: median {times[times.Count / 2]:0} ms, best {times[0]:0} ms over {times.Count} runs"));
        return 0;
    }

    private static async Task<LoadResult> LoadAsync(Clients c, GetReportRequest request, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new double[total];
        var errors = 0;
        var calls = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        var interval = 1.0 / rate;
        for (var i = 0; i < total; i++)
        {
            var planned = i * interval;
            var wait = planned - clock.Elapsed.TotalSeconds;
            if (wait > 0.001)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait), cancellationToken).ConfigureAwait(false);
            }

            var index = i;
            calls.Add(Task.Run(async () =>
            {
                try
                {
                    await c.Comparisons.GetReportAsync(request, c.Options(cancellationToken)).ConfigureAwait(false);
                }
                catch (RpcException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[index] = (clock.Elapsed.TotalSeconds - planned) * 1000;
            }, cancellationToken));
        }

        await Task.WhenAll(calls).ConfigureAwait(false);
        var sent = clock.Elapsed;
        Array.Sort(latencies);
        return new LoadResult(total, total / sent.TotalSeconds, errors, Percentile(latencies, 0.50), Percentile(latencies, 0.90), Percentile(latencies, 0.99),
            Percentile(latencies, 0.999), latencies[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record LoadResult(int Requests, double Rate, int Errors, double P50, double P90, double P99, double P999, double Max)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"  {Requests} requests at {Rate:0}/s achieved, {Errors} errors; latency p50 {P50:0.00} ms, p90 {P90:0.00} ms, p99 {P99:0.00} ms, p99.9 {P999:0.00} ms, max {Max:0.00} ms");
    }
}
