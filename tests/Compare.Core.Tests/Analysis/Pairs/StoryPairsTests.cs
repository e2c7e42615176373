using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Embeddings;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class StoryPairsTests(EmbedderFixture fixture)
{
    private static readonly CorpusCatalog Catalog = CorpusCatalog.Load(RepoPaths.Corpus);

    [Fact]
    public void Stories_SkipHeldOutTopics_AndIncludeTheTrainingStories()
    {
        var training = TrainingStories.Load(TrainingStories.FolderBeside(Catalog.Root));

        var stories = StoryPairs.Stories(Catalog, training);

        Assert.DoesNotContain(stories, s => s.Topic.HeldOut);
        Assert.Equal(Catalog.Topics.Count(t => !t.HeldOut) + training.Count, stories.Count);
        Assert.All(stories, s => Assert.Equal(s.Topic.Gold.Articles.Count, s.Story.Articles.Count));
    }

    [Fact]
    public async Task DeriveAsync_HamasIran_LabelsPairsByTheGoldFactsOfTheirSentences()
    {
        var topic = Catalog.Topics.Single(t => t.Id == "hamas-iran");
        var story = Compare.Core.Analysis.Evaluation.CorpusEvaluator.StoryOf(Catalog, topic);

        var pairs = await StoryPairs.DeriveAsync([(topic, story)], new ClaimExtractor(), fixture.Embedder, TestContext.Current.CancellationToken);

        Assert.All(pairs, p => Assert.NotEqual(p.A.OutletId, p.B.OutletId));
        Assert.All(pairs, p => Assert.Equal(StoryContext.Names.Count, p.Context.Count));
        Assert.Contains(pairs, p => p.Relation == PairRelation.Related);

        // Only pairs the aligner would judge: none below its candidate cosine, true pairs included.
        Assert.All(pairs, p => Assert.True(p.Cosine >= new Compare.Core.Analysis.Alignment.AlignmentOptions().MinCandidateCosine));

        // The funding figure: the blog's $154 million against the Meridian Post's $200 million, a number conflict in the gold.
        var fact = topic.Gold.Facts.Single(f => f.Id == "f02");
        var blog = fact.Mentions["blog"]!.Sentences[0];
        var meridian = fact.Mentions["meridian-post"]!.Sentences[0];
        var funding = Assert.Single(pairs, p => Is(p, "blog", blog) && Is(p, "meridian-post", meridian));
        Assert.Equal(PairRelation.Conflict, funding.Relation);
        Assert.Equal(DifferenceKind.Number, funding.Kind);

        // Every true pair's two sentences are sentences of one gold fact; no related pair's are.
        foreach (var p in pairs)
        {
            var shared = topic.Gold.Facts.Any(f => Mentions(f, p.A) && Mentions(f, p.B));
            Assert.Equal(p.Relation is PairRelation.Same or PairRelation.Conflict, shared);
        }
    }

    [Fact]
    public async Task DeriveAsync_HeldOutTopic_GivesNoPairs()
    {
        var topic = Catalog.Topics.First(t => t.HeldOut);
        var story = Compare.Core.Analysis.Evaluation.CorpusEvaluator.StoryOf(Catalog, topic);

        var pairs = await StoryPairs.DeriveAsync([(topic, story)], new ClaimExtractor(), fixture.Embedder, TestContext.Current.CancellationToken);

        Assert.Empty(pairs);
    }

    private static bool Is(StoryPair p, string outlet, string sentence) =>
        (p.A.OutletId == outlet && Same(p.A.Text, sentence)) || (p.B.OutletId == outlet && Same(p.B.Text, sentence));

    private static bool Mentions(GoldFact f, Claim c) =>
        f.Mentions.TryGetValue(c.OutletId, out var m) && m is not null && m.Sentences.Any(s => Same(c.Text, s));

    private static bool Same(string claim, string gold) =>
        Norm(claim).Contains(Norm(gold), StringComparison.Ordinal) || Norm(gold).Contains(Norm(claim), StringComparison.Ordinal);

    private static string Norm(string s) => string.Join(' ', s.Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
