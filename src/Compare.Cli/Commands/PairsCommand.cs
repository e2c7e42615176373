using System.CommandLine;
using System.Text;
using Compare.Core.Analysis;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Pairs;

namespace Compare.Cli.Commands;

/// <summary><c>compare pairs</c>: judge pairs of statements from a JSON-lines file, streaming.</summary>
internal static class PairsCommand
{
    public static Command Build(Func<IClaimExtractor> extractor)
    {
        var inputOption = new Option<FileInfo>("--input") { Description = "JSON lines {\"id\", \"a\", \"b\"}; - for standard input", Required = true };
        var outputOption = new Option<FileInfo?>("--output") { Description = "Where to write the judgements (default: standard output)" };
        var scoreOption = new Option<bool>("--score")
        {
            Description = "Score lines labelled with \"relation\" (same, conflict, related, unrelated) and \"kinds\": the judge and the slot checks, on standard error",
        };
        var dateOption = new Option<DateOnly?>("--date")
        {
            Description = "The day dates such as \"on 26 March\" or \"last Tuesday\" are read against, unless a line gives its own \"date\" (default: today, UTC)",
        };
        var command = new Command("pairs", "Judge pairs of statements: relation (same, conflict, related, unrelated), p_same, conflict kind and values");
        command.Options.Add(inputOption);
        command.Options.Add(outputOption);
        command.Options.Add(scoreOption);
        command.Options.Add(dateOption);
        command.SetAction((parse, ct) =>
        {
            var date = parse.GetValue(dateOption) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var reference = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return RunAsync(extractor, parse.GetValue(inputOption)!, parse.GetValue(outputOption), parse.GetValue(scoreOption), reference, parse.InvocationConfiguration, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        Func<IClaimExtractor> extractor, FileInfo input, FileInfo? output, bool score, DateTimeOffset reference,
        InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var fromStdin = input.Name == "-";
        if (!fromStdin && !input.Exists)
        {
            await console.Error.WriteLineAsync($"compare: {input.FullName}: no such file");
            return 2;
        }

        using var embedder = new MiniLmEmbedder();
        // A bounded cache: statements repeated across lines are embedded once, and memory stays flat however long the input.
        var runner = new PairLines(extractor(), new CachedTextEmbedder(embedder, new BoundedEmbeddingCache(4096)), PairJudge.Statements, reference);
        using var reader = fromStdin ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(input.FullName, Encoding.UTF8);
        var writer = output is null ? console.Output : new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
        var card = score ? new PairScoreCard() : null;
        PairRunSummary summary;
        try
        {
            summary = await runner.RunAsync(reader, fromStdin ? "<stdin>" : input.FullName, writer, console.Error, cancellationToken, card);
        }
        finally
        {
            if (output is not null)
            {
                await writer.DisposeAsync();
            }
        }

        await console.Error.WriteLineAsync($"compare pairs: {summary.Judged} pairs judged, {summary.Skipped} lines skipped");
        if (card is not null)
        {
            await console.Error.WriteAsync(card.Summary());
        }

        return summary.Skipped > 0 ? 1 : 0;
    }
}
