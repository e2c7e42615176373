using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Compare.Cli.Reports;
using Compare.Core.Analysis;
using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;
using Compare.Crawling.Extraction;
using Compare.Reports;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare report</c>: compares article files (HTML or text) and writes a divergence report.</summary>
internal static class ReportCommand
{
    /// <summary>Default cap on one article's characters; a longer file is reported and left out.</summary>
    public const int DefaultMaxChars = 500_000;

    public static Command Build(Func<IClaimExtractor> extractor)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "A folder of article files (e.g. seeds/corpus/port-alder-budget) or article files (.html, .txt)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "md, json, html or csv", DefaultValueFactory = _ => "md" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to this file instead of standard output" };
        var label = new Option<string?>("--label") { Description = "Label of the story (default: the folder name or the first title)" };
        var maxChars = new Option<int>("--max-chars")
        {
            Description = "Leave out articles longer than this many characters",
            DefaultValueFactory = _ => DefaultMaxChars,
        };
        var command = new Command("report", "Compare how outlets cover one story, claim by claim, and write the report");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(label);
        command.Options.Add(maxChars);
        command.SetAction((parse, ct) => RunAsync(
            extractor, parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(label), parse.GetValue(maxChars), ct));
        return command;
    }

    private static async Task<int> RunAsync(
        Func<IClaimExtractor> extractor, string[] paths, string formatName, FileInfo? output, string? label, int maxChars, CancellationToken cancellationToken)
    {
        if (!ReportFormats.TryParse(formatName, out var format))
        {
            await Console.Error.WriteLineAsync($"compare: --format '{formatName}' is not a report format; use one of {string.Join(", ", ReportFormats.Names)}")
                .ConfigureAwait(false);
            return 2;
        }

        var errors = new List<string>();
        var reader = new ArticleFileReader(new ArticleExtractor(), Math.Max(1, maxChars));
        var read = ArticleFileReader.Expand(paths, errors)
            .Select(f => reader.Read(f.File, f.Root, errors))
            .OfType<(Article Article, Outlet Outlet)>()
            .ToList();
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync($"compare: {error}").ConfigureAwait(false);
        }

        if (read.Count == 0)
        {
            await Console.Error.WriteLineAsync("compare: no readable article; nothing to compare").ConfigureAwait(false);
            return 2;
        }

        var outlets = read.Select(r => r.Outlet).DistinctBy(o => o.Id).ToList();
        var storyLabel = label ?? StoryLabel(paths, read);
        var storyId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', read.Select(r => r.Article.Id)))))[..12];
        var story = new Story(storyId, storyLabel, read.Select(r => r.Article).ToList());

        using var local = new LocalEngine(extractor(), TimeProvider.System);
        var engine = local.Engine;
        var comparison = Console.IsErrorRedirected
            ? await engine.CompareAsync(story, outlets, null, cancellationToken).ConfigureAwait(false)
            : await WithProgressAsync(engine, story, outlets, cancellationToken).ConfigureAwait(false);

        if (output is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await ReportRenderer.WriteAsync(comparison, format, stdout, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await using var file = File.Create(output.FullName);
            await ReportRenderer.WriteAsync(comparison, format, file, cancellationToken).ConfigureAwait(false);
            var counts = comparison.CountsByKind;
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"compare: {output.FullName}: {outlets.Count} outlets, {comparison.Clusters.Count} facts; {counts[FindingKind.Agree]} agree, "
                + $"{counts[FindingKind.Differ]} differ, {counts[FindingKind.Omitted]} with omissions, {counts[FindingKind.Unique]} unique")).ConfigureAwait(false);
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static Task<Comparison> WithProgressAsync(ComparisonEngine engine, Story story, IReadOnlyList<Outlet> outlets, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("comparing");
            var progress = new SynchronousProgress<ComparisonProgress>(p =>
            {
                task.Description = Markup.Escape($"{p.Stage.ToString().ToLowerInvariant()}: {p.Message}");
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            return await engine.CompareAsync(story, outlets, progress, cancellationToken).ConfigureAwait(false);
        });
    }

    private static string StoryLabel(string[] paths, List<(Article Article, Outlet Outlet)> read) =>
        paths.Length == 1 && Directory.Exists(paths[0])
            ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths[0])))
            : read[0].Article.Title;
}
