using System.CommandLine;
using System.Globalization;
using Compare.Core.Analysis;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary>
/// <c>compare train</c>: rebuild the pair model from seeds/pairs (hand-written pairs, pairs derived from the gold of
/// the non-held-out topics and of the training stories in seeds/training, contrast pairs) and from the same stories'
/// claims read in context (<see cref="StoryPairs"/>), reproducibly, and print validation metrics.
/// </summary>
internal static class TrainCommand
{
    public static Command Build(Func<IClaimExtractor> extractor)
    {
        var corpusOption = new Option<DirectoryInfo?>("--corpus") { Description = "Corpus folder (default: seeds/corpus found from the current directory upward)" };
        var modelOption = new Option<FileInfo?>("--model") {
            Description = "Where to write the model (default: src/Compare.Core/Resources/pair-model.zip of the clone); the statement model of compare pairs goes beside it (pair-statements.zip, or NAME-statements.zip)",
        };
        var command = new Command("train", "Rebuild the pair model from seeds/pairs and print its validation metrics");
        command.Options.Add(corpusOption);
        command.Options.Add(modelOption);
        command.SetAction((parse, ct) => RunAsync(extractor, parse.GetValue(corpusOption), parse.GetValue(modelOption), parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(Func<IClaimExtractor> extractor, DirectoryInfo? dir, FileInfo? model, TextWriter errors, CancellationToken cancellationToken)
    {
        var root = dir?.FullName ?? CorpusCatalog.FindDefaultRoot();
        if (root is null)
        {
            await errors.WriteLineAsync("compare: no corpus found: pass --corpus DIR or run inside a clone that has seeds/corpus/corpus.json");
            return 2;
        }

        var repo = Path.GetFullPath(Path.Combine(root, "..", ".."));
        var pairsDir = Path.Combine(repo, "seeds", "pairs");
        var handPath = Path.Combine(pairsDir, "handwritten.jsonl");
        var modelPath = model?.FullName ?? Path.Combine(repo, "src", "Compare.Core", "Resources", "pair-model.zip");
        IReadOnlyList<TrainingPair> hand;
        CorpusCatalog catalog;
        IReadOnlyList<CorpusTopic> stories;
        try
        {
            catalog = CorpusCatalog.Load(root);
            stories = TrainingStories.Load(TrainingStories.FolderBeside(root));
            hand = TrainingPairFile.Read(handPath);
        }
        catch (Exception ex) when (ex is CorpusFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await errors.WriteLineAsync($"compare: {ex.Message}");
            return 2;
        }

        using var embedder = new MiniLmEmbedder();
        var gold = await GoldPairs.DeriveAsync([.. catalog.Topics, .. stories], embedder, cancellationToken);
        var contrast = ContrastPairs.Make(gold.Concat(hand));
        var statements = PairTrainer.StatementPairs(hand, gold, contrast);
        var storyPairs = await StoryPairs.DeriveAsync(StoryPairs.Stories(catalog, stories), extractor(), embedder, cancellationToken);
        TrainingPairFile.Write(Path.Combine(pairsDir, "gold.jsonl"), gold);
        TrainingPairFile.Write(Path.Combine(pairsDir, "contrast.jsonl"), contrast);
        AnsiConsole.MarkupLine($"pairs: {hand.Count} hand-written, {gold.Count} from the gold of {catalog.Topics.Count(t => !t.HeldOut)} non-held-out topics and {stories.Count} training stories, {contrast.Count} contrast, {storyPairs.Count} read in context from the same stories");

        // Both models read the same statements: the second training takes their vectors from the first's cache.
        var trainer = new PairTrainer(extractor(), new CachedTextEmbedder(embedder, new InMemoryEmbeddingCache()));
        var (report, bytes) = await AnsiConsole.Status().StartAsync("training", _ => trainer.TrainAsync(statements, storyPairs, cancellationToken));
        Directory.CreateDirectory(Path.GetDirectoryName(modelPath)!);
        await File.WriteAllBytesAsync(modelPath, bytes, cancellationToken);
        Write("pair model (claims of one story), validation on a fixed 20% split", report);
        AnsiConsole.MarkupLine($"model written to [bold]{Markup.Escape(modelPath)}[/] ({N(bytes.Length)} bytes)");

        // The judge of two statements alone (compare pairs): the same pairs, the story pairs without their story.
        var statementsPath = model is null
            ? Path.Combine(Path.GetDirectoryName(modelPath)!, "pair-statements.zip")
            : Path.Combine(Path.GetDirectoryName(modelPath)!, Path.GetFileNameWithoutExtension(modelPath) + "-statements.zip");
        var (alone, aloneBytes) = await AnsiConsole.Status().StartAsync("training the statement model",
            _ => trainer.TrainAsync(statements, storyPairs, cancellationToken, inStory: false));
        await File.WriteAllBytesAsync(statementsPath, aloneBytes, cancellationToken);
        Write("statement model (two statements alone), validation on a fixed 20% split", alone);
        AnsiConsole.MarkupLine($"model written to [bold]{Markup.Escape(statementsPath)}[/] ({N(aloneBytes.Length)} bytes); rebuild Compare.Core to ship both.");
        return 0;
    }

    private static void Write(string title, PairTrainingReport report)
    {
        var table = new Table().Border(TableBorder.Simple).Title(title).AddColumns("metric", "value");
        table.AddRow("training pairs", N(report.TrainingPairs));
        table.AddRow("validation pairs", N(report.ValidationPairs));
        table.AddRow("relation accuracy", F(report.RelationAccuracy));
        table.AddRow("same-fact precision", F(report.SameFactPrecision));
        table.AddRow("same-fact recall", F(report.SameFactRecall));
        table.AddRow("same-fact F1", F(report.SameFactF1));
        table.AddRow("conflict kind accuracy", F(report.ConflictKindAccuracy));
        AnsiConsole.Write(table);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
