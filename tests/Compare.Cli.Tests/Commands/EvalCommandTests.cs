using System.CommandLine;
using System.Text.Json;
using Compare.Cli.Commands;

namespace Compare.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    [Fact]
    public async Task Invoke_Json_ScoresHeldOutTopicsApartFromTheRest()
    {
        var (code, output, _) = await RunAsync("--json", "--corpus", RepoPaths.Corpus);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var topics = root.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(6, topics.Count);
        Assert.Equal(["lowmoor-fever-outbreak", "tarsin-court-ruling"],
            topics.Where(t => t.GetProperty("heldOut").GetBoolean()).Select(t => t.GetProperty("topic").GetString()).Order());
        foreach (var group in new[] { "heldOut", "rest" })
        {
            foreach (var task in new[] { "alignment", "difference", "omission" })
            {
                var score = root.GetProperty(group).GetProperty(task);
                Assert.InRange(score.GetProperty("f1").GetDouble(), 0, 1);
                var (tp, fn) = (score.GetProperty("tp").GetInt32(), score.GetProperty("fn").GetInt32());
                Assert.True(tp + fn > 0, $"{group} {task} has no gold items");
            }
        }

        // The held-out group sums its two topics.
        var heldOutGold = topics.Where(t => t.GetProperty("heldOut").GetBoolean())
            .Sum(t => t.GetProperty("omission").GetProperty("tp").GetInt32() + t.GetProperty("omission").GetProperty("fn").GetInt32());
        var omission = root.GetProperty("heldOut").GetProperty("omission");
        Assert.Equal(heldOutGold, omission.GetProperty("tp").GetInt32() + omission.GetProperty("fn").GetInt32());

        // The held-out stories of seeds/heldout-stories are scored apart, each and summed.
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepoPaths.Corpus, "..", "heldout-stories")).Length, stories.Count);
        Assert.All(stories, s => Assert.True(s.GetProperty("heldOut").GetBoolean()));
        Assert.DoesNotContain(stories, s => topics.Any(t => t.GetProperty("topic").GetString() == s.GetProperty("topic").GetString()));
        var storyGold = stories.Sum(t => t.GetProperty("alignment").GetProperty("tp").GetInt32() + t.GetProperty("alignment").GetProperty("fn").GetInt32());
        var storyAlignment = root.GetProperty("heldOutStories").GetProperty("alignment");
        Assert.Equal(storyGold, storyAlignment.GetProperty("tp").GetInt32() + storyAlignment.GetProperty("fn").GetInt32());
    }

    [Fact]
    public async Task Invoke_SlotsExplain_ScoresEverySlotAndNeverNamesAHeldOutTopic()
    {
        var (code, output, _) = await RunAsync("--slots", "--explain", "--corpus", RepoPaths.Corpus);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var slot in new[] { "source", "negation", "hedge", "date", "figure" })
        {
            Assert.Contains($"=== {slot}", lines);
            Assert.Single(lines, l => l.StartsWith($"slot {slot} ", StringComparison.Ordinal));
        }

        // Errors are listed for the training stories and the tuning topics only.
        Assert.Contains(lines, l => l.StartsWith("missed source: ", StringComparison.Ordinal));
        Assert.DoesNotContain("lowmoor-fever-outbreak", output, StringComparison.Ordinal);
        Assert.DoesNotContain("tarsin-court-ruling", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetDirectories(Path.Combine(RepoPaths.Corpus, "..", "heldout-stories")).Select(Path.GetFileName),
            story => output.Contains(story!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_MissingCorpus_SaysSo()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-corpus-{Guid.NewGuid():N}");

        var (code, _, errors) = await RunAsync("--corpus", missing);

        Assert.Equal(2, code);
        Assert.Contains("corpus.json: not found", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--perturb", "a" }, "--perturb only changes the fold models of --loto; add --loto")]
    [InlineData(new[] { "--loto", "--perturb", "" }, "--perturb needs a word to choose the pairs left out")]
    public async Task Invoke_PerturbWithoutLotoOrWord_SaysSoAndTrainsNothing(string[] args, string message)
    {
        var (code, output, errors) = await RunAsync([.. args, "--corpus", RepoPaths.Corpus]);

        Assert.Equal(2, code);
        Assert.Equal($"compare: {message}", errors.Trim());
        Assert.Empty(output);
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var root = new RootCommand { EvalCommand.Build(() => new ParagraphExtractor()) };
        var code = await root.Parse(["eval", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), errors.ToString());
    }
}
