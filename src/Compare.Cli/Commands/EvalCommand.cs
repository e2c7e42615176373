using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Compare.Core.Analysis;
using Compare.Core.Analysis.Evaluation;
using Compare.Core.Corpus;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare eval</c>: the engine on the bundled corpus, scored against the gold, held-out topics apart.</summary>
internal static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Build(Func<IClaimExtractor> extractor)
    {
        var corpusOption = new Option<DirectoryInfo?>("--corpus") { Description = "Corpus folder (default: seeds/corpus found from the current directory upward)" };
        var jsonOption = new Option<bool>("--json") { Description = "Print the scores as JSON" };
        var explainOption = new Option<bool>("--explain") { Description = "List the engine's errors on the non-held-out topics (never the held-out ones)" };
        var lotoOption = new Option<bool>("--loto")
        {
            Description = "Score each non-held-out topic with a pair model trained without its gold (leave one topic out)",
        };
        var perturbOption = new Option<string?>("--perturb")
        {
            Description = "With --loto: each fold model leaves out 1% of its training pairs, chosen by a hash of this word and the pair's id, to measure how far the scores move with no change to the engine",
        };
        var slotsOption = new Option<bool>("--slots")
        {
            Description = "Score the extractor's slots (source, negation, hedge, dates, figures) against the gold's values, sentence by sentence, on the non-held-out topics and training stories",
        };
        var command = new Command("eval", "Run the engine on the corpus and score alignment, differences and omissions against the gold");
        command.Options.Add(corpusOption);
        command.Options.Add(jsonOption);
        command.Options.Add(explainOption);
        command.Options.Add(lotoOption);
        command.Options.Add(perturbOption);
        command.Options.Add(slotsOption);
        command.SetAction((parse, ct) => RunAsync(extractor, parse.GetValue(corpusOption), parse.GetValue(jsonOption),
            (parse.GetValue(explainOption), parse.GetValue(lotoOption), parse.GetValue(slotsOption), parse.GetValue(perturbOption)), parse.InvocationConfiguration, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        Func<IClaimExtractor> extractor, DirectoryInfo? dir, bool json, (bool Explain, bool Loto, bool Slots, string? Perturb) tuning,
        InvocationConfiguration console, CancellationToken cancellationToken)
    {
        if (tuning.Perturb is not null && (!tuning.Loto || tuning.Perturb.Length == 0))
        {
            await console.Error.WriteLineAsync(tuning.Loto
                ? "compare: --perturb needs a word to choose the pairs left out"
                : "compare: --perturb only changes the fold models of --loto; add --loto");
            return 2;
        }

        var root = dir?.FullName ?? CorpusCatalog.FindDefaultRoot();
        if (root is null)
        {
            await console.Error.WriteLineAsync("compare: no corpus found: pass --corpus DIR or run inside a clone that has seeds/corpus/corpus.json");
            return 2;
        }

        CorpusCatalog catalog;
        try
        {
            catalog = CorpusCatalog.Load(root);
        }
        catch (Exception ex) when (ex is CorpusFormatException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"compare: {ex.Message}");
            return 2;
        }

        if (tuning.Slots)
        {
            return await SlotDiagnostics.RunAsync(extractor(), catalog, tuning.Explain, console.Output, console.Error);
        }

        if (tuning.Loto)
        {
            var hand = Path.Combine(Path.GetFullPath(Path.Combine(root, "..", "..")), "seeds", "pairs", "handwritten.jsonl");
            await EvalDiagnostics.LeaveOneTopicOutAsync(extractor(), catalog, hand, (tuning.Explain, tuning.Perturb), console.Output, cancellationToken);
            return 0;
        }

        using var local = new LocalEngine(extractor(), TimeProvider.System);
        var engine = local.Engine;
        if (tuning.Explain)
        {
            await EvalDiagnostics.ExplainAsync(engine, catalog, console.Output, cancellationToken);
            return 0;
        }

        IReadOnlyList<CorpusTopic> stories;
        try
        {
            stories = TrainingStories.Load(TrainingStories.HeldOutFolderBeside(root), heldOut: true);
        }
        catch (Exception ex) when (ex is CorpusFormatException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"compare: {ex.Message}");
            return 2;
        }

        var evaluator = new CorpusEvaluator(engine);
        EvaluationReport report;
        if (json)
        {
            report = await evaluator.EvaluateAsync(catalog, stories, null, cancellationToken);
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(Shape(report), Json));
            return 0;
        }

        report = await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("evaluating", maxValue: catalog.Topics.Count + stories.Count);
            var progress = new Progress<string>(topic =>
            {
                task.Description = topic;
                task.Increment(1);
            });
            return await evaluator.EvaluateAsync(catalog, stories, progress, cancellationToken);
        });

        var table = new Table().Border(TableBorder.Simple).Title("compare eval: engine against the corpus gold")
            .AddColumn(new TableColumn("topic").NoWrap())
            .AddColumns("align P", "align R", "align F1", "diff P", "diff R", "diff F1", "kind acc", "omit P", "omit R", "omit F1");
        foreach (var t in report.Topics)
        {
            table.AddRow(Row(t, Markup.Escape(t.Topic + (t.HeldOut ? " *" : string.Empty))));
        }

        table.AddRow(Row(report.HeldOut, "[bold]held-out topics[/]"));
        table.AddRow(Row(report.Rest, "[bold]other topics[/]"));
        foreach (var t in report.Stories)
        {
            table.AddRow(Row(t, Markup.Escape(t.Topic + " †")));
        }

        if (report.HeldOutStories is { } heldOutStories)
        {
            table.AddRow(Row(heldOutStories, "[bold]held-out stories[/]"));
        }

        table.Caption("* held out: never used for training or tuning; † a held-out story (seeds/heldout-stories), likewise. "
            + "Targets on held-out: alignment F1 ≥ 0.90, difference F1 ≥ 0.85, kind accuracy ≥ 0.85, omission F1 ≥ 0.85");
        AnsiConsole.Write(table);
        foreach (var g in new[] { report.HeldOut, report.Rest, report.HeldOutStories }.OfType<TopicScore>())
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"{g.Topic}: not scored because the gold does not cover their sentences: {g.Alignment.Unlabeled} aligned pairs, "
                + $"{g.Difference.Unlabeled} differences, {g.Omission.Unlabeled} omissions."));
        }

        return 0;
    }

    private static string[] Row(TopicScore t, string name) =>
    [
        name, F(t.Alignment.Precision), F(t.Alignment.Recall), F(t.Alignment.F1), F(t.Difference.Precision), F(t.Difference.Recall),
        F(t.Difference.F1), F(t.KindAccuracy), F(t.Omission.Precision), F(t.Omission.Recall), F(t.Omission.F1),
    ];

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static object Shape(EvaluationReport r) => new
    {
        heldOut = ShapeTopic(r.HeldOut),
        rest = ShapeTopic(r.Rest),
        topics = r.Topics.Select(ShapeTopic).ToList(),
        heldOutStories = r.HeldOutStories is { } h ? ShapeTopic(h) : null,
        stories = r.Stories.Select(ShapeTopic).ToList(),
    };

    private static object ShapeTopic(TopicScore t) => new
    {
        topic = t.Topic,
        heldOut = t.HeldOut,
        alignment = ShapeScore(t.Alignment),
        difference = ShapeScore(t.Difference),
        kindAccuracy = Math.Round(t.KindAccuracy, 4),
        omission = ShapeScore(t.Omission),
    };

    private static object ShapeScore(Score s) => new
    {
        precision = Math.Round(s.Precision, 4),
        recall = Math.Round(s.Recall, 4),
        f1 = Math.Round(s.F1, 4),
        tp = s.TruePositives,
        fp = s.FalsePositives,
        fn = s.FalseNegatives,
        unscored = s.Unlabeled,
    };
}
