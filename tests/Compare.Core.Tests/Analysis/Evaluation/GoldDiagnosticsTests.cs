using System.Text.RegularExpressions;
using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Evaluation;
using Compare.Core.Corpus;
using Compare.Core.Tests.Analysis.Embeddings;
using static Compare.Core.Tests.Analysis.Alignment.TrainingStoryRuns;

namespace Compare.Core.Tests.Analysis.Evaluation;

/// <summary>What <c>eval --explain</c> says of an omission the gold does not list: where the outlet's own sentence went.</summary>
public sealed partial class GoldDiagnosticsTests(EmbedderFixture fixture)
{
    [Fact]
    public async Task Explain_FalseOmission_NamesTheClusterOfTheOutletsOwnSentence()
    {
        var ct = TestContext.Current.CancellationToken;
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        var topic = TrainingStories.Load(TrainingStories.FolderBeside(catalog.Root)).Single(t => t.Id == "dunmere-byelection");
        var comparison = await CompareAsync(fixture.Embedder, Story(topic.Id), new AlignmentOptions(), ct);

        var lines = GoldDiagnostics.Explain(topic, comparison).Where(l => l.StartsWith("OMIT-FP", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lines);
        var clusters = comparison.Clusters.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var map = new GoldSentenceMap(topic.Gold);
        foreach (var line in lines)
        {
            var m = OmissionLine().Match(line);
            Assert.True(m.Success, line);
            var (fact, outlet, own, here) = (m.Groups["fact"].Value, m.Groups["outlet"].Value, m.Groups["own"].Value, m.Groups["here"].Value);

            // The cluster reported as left out holds no sentence of the outlet, and each cluster named as its own holds a
            // sentence of the outlet that the gold lists under the fact (matched to the gold as the scorer matches it).
            Assert.DoesNotContain(clusters[here].Claims, c => c.OutletId == outlet);
            Assert.All(own.Split(','), id => Assert.Contains(clusters[id].Claims, c => c.OutletId == outlet && map.Of(c).Any(u => u.Fact == fact)));
        }
    }

    [GeneratedRegex(@"^OMIT-FP (?<fact>f\d+) by (?<outlet>[a-z-]+) \[own: (?<own>c\d+(,c\d+)*); here: (?<here>c\d+)\]: ")]
    private static partial Regex OmissionLine();
}
