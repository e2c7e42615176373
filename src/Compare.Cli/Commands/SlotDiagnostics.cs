using System.Globalization;
using Compare.Core.Analysis;
using Compare.Core.Analysis.Evaluation;
using Compare.Core.Corpus;

namespace Compare.Cli.Commands;

/// <summary>
/// <c>compare eval --slots</c>: the extractor's slots scored against the gold's values on the non-held-out topics and the
/// training stories (never a held-out one), one line per slot; with <c>--explain</c>, every miss and false find.
/// </summary>
internal static class SlotDiagnostics
{
    public static async Task<int> RunAsync(IClaimExtractor extractor, CorpusCatalog catalog, bool explain, TextWriter output, TextWriter error)
    {
        IReadOnlyList<CorpusTopic> stories;
        try
        {
            stories = TrainingStories.Load(TrainingStories.FolderBeside(catalog.Root));
        }
        catch (Exception ex) when (ex is CorpusFormatException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"compare: {ex.Message}");
            return 2;
        }

        var totals = SlotEvaluator.Slots.ToDictionary(s => s, _ => new Score(0, 0, 0), StringComparer.Ordinal);
        var errors = SlotEvaluator.Slots.ToDictionary(s => s, _ => new List<string>(), StringComparer.Ordinal);
        var unread = 0;
        var topics = catalog.Topics.Where(t => !t.HeldOut).Select(t => (Topic: t, Story: CorpusEvaluator.StoryOf(catalog, t)))
            .Concat(stories.Select(t => (Topic: t, Story: TrainingStories.StoryOf(t, catalog.Outlets))));
        foreach (var (topic, story) in topics)
        {
            var claims = story.Articles.SelectMany(extractor.Extract).ToList();
            var (scores, missing) = SlotEvaluator.Score(topic, claims);
            unread += missing;
            foreach (var s in scores)
            {
                totals[s.Slot] += s.Score;
                errors[s.Slot].AddRange(s.Errors);
            }
        }

        if (explain)
        {
            foreach (var slot in SlotEvaluator.Slots)
            {
                await output.WriteLineAsync($"=== {slot}");
                foreach (var line in errors[slot])
                {
                    await output.WriteLineAsync(line);
                }
            }
        }

        foreach (var slot in SlotEvaluator.Slots)
        {
            var s = totals[slot];
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"slot {slot,-9} P {s.Precision:0.000}  R {s.Recall:0.000}  F1 {s.F1:0.000}  (found {s.TruePositives}, false {s.FalsePositives}, missed {s.FalseNegatives})"));
        }

        await output.WriteLineAsync($"gold mentions no claim reads (not scored): {unread}");
        return 0;
    }
}
