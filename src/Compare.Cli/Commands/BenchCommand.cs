using System.CommandLine;
using System.Globalization;
using Compare.Core.Analysis;
using Compare.Core.Analysis.Evaluation;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare bench</c>: raw MiniLM sentences/s against end-to-end claims/s on new text, the cached re-run, peak memory.</summary>
internal static class BenchCommand
{
    public static Command Build(Func<IClaimExtractor> extractor)
    {
        var sentencesOption = new Option<int>("--sentences") { Description = "Sentences for the raw embedding run", DefaultValueFactory = _ => 2000 };
        var storiesOption = new Option<int>("--stories") { Description = "Synthetic 5-outlet stories for the end-to-end run", DefaultValueFactory = _ => 40 };
        var seedOption = new Option<int?>("--seed") { Description = "Seed of the synthetic text (default: new text every run)" };
        var command = new Command("bench", "Measure raw MiniLM throughput, end-to-end engine throughput, the cached re-run and peak memory");
        command.Options.Add(sentencesOption);
        command.Options.Add(storiesOption);
        command.Options.Add(seedOption);
        command.SetAction((parse, ct) => RunAsync(extractor, parse.GetValue(sentencesOption), parse.GetValue(storiesOption), parse.GetValue(seedOption), parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(Func<IClaimExtractor> extractor, int sentences, int stories, int? seed, TextWriter errors, CancellationToken cancellationToken)
    {
        if (sentences < 1 || stories < 1)
        {
            await errors.WriteLineAsync("compare: --sentences and --stories must be at least 1");
            return 2;
        }

        var time = TimeProvider.System;
        using var local = new LocalEngine(extractor(), time);
        var bench = new EngineBenchmark(local.Embedder, local.Engine, time);
        var actualSeed = seed ?? (int)(time.GetUtcNow().ToUnixTimeSeconds() % 1_000_000);
        var report = await AnsiConsole.Status().StartAsync("benchmark", async ctx =>
            await bench.RunAsync(sentences, stories, actualSeed, new Progress<string>(s => ctx.Status(s)), cancellationToken));

        var table = new Table().Border(TableBorder.Simple).Title($"compare bench (seed {actualSeed.ToString(CultureInfo.InvariantCulture)})").AddColumns("measure", "value");
        table.AddRow("raw MiniLM", $"{F(report.RawSentencesPerSecond)} sentences/s ({report.RawSentences} in {F(report.RawSeconds)} s)");
        table.AddRow("end to end, new text", $"{F(report.ClaimsPerSecond)} claims/s ({report.Claims} claims in {F(report.FirstRunSeconds)} s)");
        table.AddRow("end to end / raw", (report.EndToEndShare * 100).ToString("0", CultureInfo.InvariantCulture) + "%");
        table.AddRow("different texts only", $"{F(report.DistinctClaimsPerSecond)} claims/s ({report.DistinctClaims} different): "
            + (report.DistinctShare * 100).ToString("0", CultureInfo.InvariantCulture) + "% of raw");
        table.AddRow("of which embedding", $"{F(report.EmbeddingSeconds)} s: {F(report.DistinctClaims / report.EmbeddingSeconds)} texts/s, "
            + (report.EmbeddingShare * 100).ToString("0", CultureInfo.InvariantCulture) + "% of raw");
        table.AddRow("of which matching", $"{F(report.AligningSeconds)} s judging pairs and matching claims");
        table.AddRow("same text again", $"{F(report.SecondRunSeconds)} s: {F(report.RerunSpeedup)}x faster");
        table.AddRow("peak working set", $"{F(report.PeakWorkingSetMb)} MB");
        AnsiConsole.Write(table);
        return 0;
    }

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
