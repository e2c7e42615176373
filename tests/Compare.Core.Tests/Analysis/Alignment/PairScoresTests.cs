using Compare.Core.Analysis.Alignment;
using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Evaluation;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Compare.Core.Tests.Analysis.Embeddings;

namespace Compare.Core.Tests.Analysis.Alignment;

/// <summary>Judging pairs ahead, in parallel, must give the verdicts that judging them one by one gives.</summary>
public sealed class PairScoresTests(EmbedderFixture fixture)
{
    [Fact]
    public async Task Prefetch_CorpusStory_SameVerdictsAsJudgingOneByOne()
    {
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        var story = CorpusEvaluator.StoryOf(catalog, catalog.Topics.Single(t => t.Id == "port-alder-budget"));
        var extractor = new ClaimExtractor();
        var claims = story.Articles.SelectMany(extractor.Extract).ToList();
        var vectors = await fixture.Embedder.EmbedAsync([.. claims.Select(c => c.Text)], TestContext.Current.CancellationToken);
        var pairs = (from i in Enumerable.Range(0, claims.Count)
                     from j in Enumerable.Range(i + 1, claims.Count - i - 1)
                     where claims[i].OutletId != claims[j].OutletId
                     select (i, j)).ToList();

        var cache = new JudgementCache(100_000);
        var ahead = new PairScores(claims, vectors, PairJudge.Default, cache);
        ahead.Prefetch([.. pairs, .. pairs.Take(5)], TestContext.Current.CancellationToken);
        var oneByOne = new PairScores(claims, vectors, PairJudge.Default);

        Assert.Equal(pairs.Count, ahead.Judged);
        Assert.All(pairs, p =>
        {
            var (x, y) = (ahead.Get(p.i, p.j), oneByOne.Get(p.i, p.j));
            Assert.Equal(y.PSameFact, x.PSameFact);
            Assert.Equal(y.Relation, x.Relation);
            Assert.Equal(y.Differences.Select(d => d.Kind), x.Differences.Select(d => d.Kind));
        });
        Assert.Equal(pairs.Count, ahead.Judged);

        // The verdicts went into the engine's cache too: a new story object over the same claims finds them there.
        var again = new PairScores(claims, vectors, PairJudge.Default, cache);
        again.Prefetch(pairs, TestContext.Current.CancellationToken);
        Assert.All(pairs.Take(20), p => Assert.Same(ahead.Get(p.i, p.j), again.Get(p.i, p.j)));
    }
}
