using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Compare.Crawling;
using Compare.Crawling.Configuration;
using Compare.Crawling.Pipeline;
using Compare.Storage;
using Compare.Storage.CrawlRuns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare crawl</c>: reads the configured outlets into the store, once or every interval, with progress and a summary.</summary>
internal static class CrawlCommand
{
    private const int ErrorsShownPerOutlet = 10;

    public static Command Build()
    {
        var outlet = new Option<string[]>("--outlet")
        {
            Description = "Outlet id to crawl (repeatable; disabled outlets too). Default: every enabled outlet",
            AllowMultipleArgumentsPerToken = true,
        };
        var once = new Option<bool>("--once") { Description = "Crawl once and exit (default: crawl every Crawler:Interval until Ctrl+C)" };
        var config = new Option<FileInfo?>("--config") { Description = "Configuration file to use instead of the shipped outlets.json" };
        var command = new Command("crawl", "Crawl the configured outlets (feeds, sitemaps, folders) into the store");
        command.Options.Add(outlet);
        command.Options.Add(once);
        command.Options.Add(config);
        var database = DatabaseOptions.AddTo(command);
        command.SetAction((parse, ct) => database.Choose(parse) is { } choice
            ? RunAsync(parse.GetValue(outlet) ?? [], parse.GetValue(once), choice, parse.GetValue(config),
                parse.InvocationConfiguration, ct)
            : Task.FromResult(2));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] outletIds, bool once, DatabaseChoice database, FileInfo? config, InvocationConfiguration invocation,
        CancellationToken cancellationToken)
    {
        var error = invocation.Error;
        var console = OutputConsole.Create(invocation.Output);
        ServiceProvider services;
        try
        {
            // Crawling creates the SQLite file when it is missing, and a PostgreSQL database's tables.
            services = CrawlingServices.BuildDefault(config?.FullName, database.StorageSettings());
        }
        catch (Exception ex) when (ex is OptionsValidationException or FileNotFoundException or InvalidDataException or FormatException)
        {
            error.WriteLine($"compare: bad configuration: {ex.Message}");
            return 2;
        }

        await using (services.ConfigureAwait(false))
        {
            var catalog = services.GetRequiredService<OutletCatalog>();
            IReadOnlyList<CrawlOutlet> selected;
            try
            {
                selected = catalog.Select(outletIds);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"compare: {ex.Message}");
                return 2;
            }

            var interval = services.GetRequiredService<IOptions<CrawlerOptions>>().Value.Interval;
            var time = services.GetRequiredService<TimeProvider>();
            while (true)
            {
                CrawlSummary summary;
                try
                {
                    var crawler = services.GetRequiredService<CrawlService>();
                    summary = await CrawlWithProgressAsync(console, crawler, selected, outletIds, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    error.WriteLine("compare: crawl cancelled");
                    return 130;
                }
                catch (DbException ex)
                {
                    var name = DatabaseOptions.Name(services.GetRequiredService<ICompareStore>());
                    error.WriteLine($"compare: {name}: {DatabaseOptions.Describe(ex)}");
                    return 2;
                }

                PrintSummary(console, summary);
                if (once)
                {
                    return 0;
                }

                console.MarkupLine($"Next crawl in {Markup.Escape(interval.ToString())} (Ctrl+C to stop).");
                try
                {
                    await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return 0;
                }
            }
        }
    }

    private static async Task<CrawlSummary> CrawlWithProgressAsync(
        IAnsiConsole console, CrawlService crawler, IReadOnlyList<CrawlOutlet> selected, string[] outletIds,
        CancellationToken cancellationToken)
    {
        CrawlSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var tasks = selected.ToDictionary(o => o.Id, o => ctx.AddTask(Markup.Escape(o.Outlet.Name), maxValue: 1));
                var progress = new SynchronousProgress<OutletProgress>(p =>
                {
                    var task = tasks[p.OutletId];
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Total == 0 ? 1 : p.Done;
                });
                summary = await crawler.RunAsync(outletIds, progress, cancellationToken).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            }).ConfigureAwait(false);
        return summary!;
    }

    private static void PrintSummary(IAnsiConsole console, CrawlSummary summary)
    {
        var table = new Table().Title($"Crawl run {summary.RunId} ({summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)")
            .AddColumns("outlet", "fetched", "not modified", "new", "revised", "unchanged", "duplicates", "skipped by robots", "errors");
        foreach (var o in summary.Outlets)
        {
            table.AddRow([Markup.Escape(o.OutletId), .. Cells(o.Counts)]);
        }

        table.AddRow(["[bold]total[/]", .. Cells(summary.Totals)]);
        console.Write(table);
        foreach (var o in summary.Outlets.Where(o => o.Errors.Count > 0))
        {
            console.MarkupLine($"[yellow]{Markup.Escape(o.OutletId)}[/]: {o.Counts.Errors} error(s)");
            foreach (var e in o.Errors.Take(ErrorsShownPerOutlet))
            {
                console.MarkupLine($"  {Markup.Escape(e.Url)}: {Markup.Escape(e.Message)}");
            }
        }
    }

    private static string[] Cells(CrawlCounts c) =>
        new[] { c.Fetched, c.NotModified, c.New, c.Revised, c.Unchanged, c.Duplicates, c.SkippedByRobots, c.Errors }
            .Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
}
