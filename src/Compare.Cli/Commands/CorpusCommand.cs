using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare corpus stats</c>: what the bundled demo corpus holds.</summary>
internal static class CorpusCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Build()
    {
        var corpusOption = new Option<DirectoryInfo?>("--corpus")
        {
            Description = "Corpus folder (default: seeds/corpus found from the current directory upward)",
        };
        var jsonOption = new Option<bool>("--json") { Description = "Print the counts as JSON" };
        var stats = new Command("stats", "Topics, outlets, articles, words, facts, differences by kind and omissions of the corpus");
        stats.Options.Add(corpusOption);
        stats.Options.Add(jsonOption);
        stats.SetAction(parse => Stats(parse.GetValue(corpusOption), parse.GetValue(jsonOption)));

        var corpus = new Command("corpus", "The bundled demo corpus and its gold labels");
        corpus.Subcommands.Add(stats);
        return corpus;
    }

    private static int Stats(DirectoryInfo? dir, bool json)
    {
        var root = dir?.FullName ?? CorpusCatalog.FindDefaultRoot();
        if (root is null)
        {
            Console.Error.WriteLine("compare: no corpus found: pass --corpus DIR or run inside a clone that has seeds/corpus/corpus.json");
            return 2;
        }

        CorpusStats stats;
        try
        {
            stats = CorpusStats.Compute(CorpusCatalog.Load(root));
        }
        catch (Exception ex) when (ex is CorpusFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"compare: {ex.Message}");
            return 2;
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(stats, Json));
            return 0;
        }

        var kinds = Enum.GetValues<DifferenceKind>();
        var table = new Table().Border(TableBorder.Simple).Title($"Demo corpus ({Markup.Escape(root)})")
            .AddColumn(new TableColumn("topic").NoWrap()).AddColumns("outlets", "words", "facts", "differ", "omitted", "unique");
        foreach (var t in stats.Topics)
        {
            table.AddRow(Markup.Escape(t.Topic + (t.HeldOut ? " *" : string.Empty)), N(t.Outlets.Count), N(t.Words), N(t.Facts),
                N(t.DifferingFacts), N(t.FactsOmittedBySome), N(t.UniqueFacts));
        }

        table.AddRow("[bold]total[/]", N(stats.Articles) + " articles", N(stats.Words), N(stats.Facts), N(stats.DifferingFacts),
            N(stats.FactsOmittedBySome), N(stats.Topics.Sum(t => t.UniqueFacts)));
        table.Caption("* held out: never used for tuning; omitted = facts some outlet leaves out");
        AnsiConsole.Write(table);

        var byKind = new Table().Border(TableBorder.Simple).Title("Facts that differ, by kind").AddColumn(new TableColumn("topic").NoWrap());
        foreach (var k in kinds)
        {
            byKind.AddColumn(k.ToString().ToLowerInvariant());
        }

        foreach (var t in stats.Topics)
        {
            byKind.AddRow([Markup.Escape(t.Topic), .. kinds.Select(k => N(t.DifferencesByKind[k]))]);
        }

        byKind.AddRow(["[bold]total[/]", .. kinds.Select(k => N(stats.DifferencesByKind[k]))]);
        AnsiConsole.Write(byKind);
        AnsiConsole.MarkupLine(
            $"{stats.Topics.Count} topics, {stats.Articles} articles, {stats.Facts} facts: " +
            $"{Percent(stats.DifferingFacts, stats.Facts)} differ somewhere, {Percent(stats.FactsOmittedBySome, stats.Facts)} omitted by some outlet " +
            $"({stats.Omissions} omissions in all).");
        return 0;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : $"{100.0 * part / whole:0}%";
}
