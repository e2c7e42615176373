using Compare.Core.Analysis.Pairs;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using Compare.Core.Tests.Analysis.Embeddings;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class TrainingDataTests(EmbedderFixture fixture)
{
    private static readonly CorpusCatalog Catalog = CorpusCatalog.Load(RepoPaths.Corpus);

    [Fact]
    public async Task DeriveAsync_Corpus_NeverUsesAHeldOutTopic()
    {
        var pairs = await GoldPairs.DeriveAsync(Catalog, fixture.Embedder, TestContext.Current.CancellationToken);
        var heldOut = Catalog.Topics.Where(t => t.HeldOut).ToList();
        var heldOutSentences = heldOut.SelectMany(t => t.Gold.Facts).SelectMany(f => f.Mentions.Values).Where(m => m is not null)
            .SelectMany(m => m!.Sentences).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(heldOut);
        Assert.DoesNotContain(pairs, p => heldOut.Any(t => p.Id.Contains(t.Id, StringComparison.Ordinal)));
        Assert.DoesNotContain(pairs, p => heldOutSentences.Contains(p.A) || heldOutSentences.Contains(p.B));
    }

    [Fact]
    public async Task DeriveAsync_FundingFigureOfHamasIran_ConflictOnNumberBetweenBlogAndMeridian()
    {
        var pairs = await GoldPairs.DeriveAsync(Catalog, fixture.Embedder, TestContext.Current.CancellationToken,
            t => t.Id == "hamas-iran");
        var fact = Catalog.Topics.Single(t => t.Id == "hamas-iran").Gold.Facts.Single(f => f.Id == "f02");
        var blog = fact.Mentions["blog"]!.Sentences[0];
        var meridian = fact.Mentions["meridian-post"]!.Sentences[0];

        var pair = Assert.Single(pairs, p => (p.A == blog && p.B == meridian) || (p.A == meridian && p.B == blog));

        Assert.Equal(PairRelation.Conflict, pair.Relation);
        Assert.Equal(DifferenceKind.Number, pair.Kind);
    }

    [Fact]
    public void Make_TruePair_PerturbsOneSideIntoAConflictOfTheNamedKind()
    {
        var truePair = new TrainingPair("t1", "The council approved 40 new buses in 2024.", "In 2024 the council backed buying 40 buses.",
            PairRelation.Same, null, "hand");

        var contrast = ContrastPairs.Make([truePair]);

        Assert.NotEmpty(contrast);
        Assert.All(contrast, c =>
        {
            Assert.Equal(PairRelation.Conflict, c.Relation);
            Assert.Equal(truePair.A, c.A);
            Assert.NotEqual(truePair.B, c.B);
        });
        Assert.All(contrast.Where(c => c.Kind == DifferenceKind.Number), c => Assert.DoesNotContain(" 40 ", c.B, StringComparison.Ordinal));
        Assert.All(contrast.Where(c => c.Kind == DifferenceKind.Date), c => Assert.DoesNotContain("2024", c.B, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The next meeting is on November 6.", "November 6")]
    [InlineData("The next meeting is on 6 November.", "6 November")]
    [InlineData("The bank will decide again on Friday.", "Friday")]
    [InlineData("Talks resumed in March after a pause.", "March")]
    public void Make_DateKind_MovesTheDayWeekdayOrMonth(string b, string moved)
    {
        var pairs = Enumerable.Range(0, 12)
            .Select(i => new TrainingPair($"d{i}", "A statement of the same fact in other words.", b, PairRelation.Same, null, "hand"));

        var dated = ContrastPairs.Make(pairs).Where(c => c.Kind == DifferenceKind.Date).ToList();

        Assert.NotEmpty(dated);
        Assert.All(dated, c => Assert.DoesNotContain(moved, c.B, StringComparison.Ordinal));
    }

    [Fact]
    public void Make_ActorKind_SwapsAnOfficeForAnotherAndLeavesNamesAlone()
    {
        var pairs = Enumerable.Range(0, 12).SelectMany(i => new[]
        {
            new TrainingPair($"r{i}", "The cut was welcomed by the government.", "The finance minister welcomed the cut.", PairRelation.Same, null, "hand"),
            new TrainingPair($"n{i}", "The governor announced the cut.", "On Thursday Helena Drosk announced the cut.", PairRelation.Same, null, "hand"),
        });

        var swapped = ContrastPairs.Make(pairs).Where(c => c.Kind == DifferenceKind.Actor).ToList();

        Assert.NotEmpty(swapped);
        Assert.All(swapped, c => Assert.Equal("The prime minister welcomed the cut.", c.B));
    }

    [Fact]
    public void Make_SamePairsTwice_SameContrastPairs()
    {
        var pairs = TrainingPairFile.Read(Path.Combine(RepoPaths.Root, "seeds", "pairs", "handwritten.jsonl"));

        Assert.Equal(ContrastPairs.Make(pairs), ContrastPairs.Make(pairs));
    }

    [Fact]
    public void Read_HandWrittenSet_HasEveryRelationAndEveryConflictKind()
    {
        var pairs = TrainingPairFile.Read(Path.Combine(RepoPaths.Root, "seeds", "pairs", "handwritten.jsonl"));

        Assert.Equal(Enum.GetValues<PairRelation>().Order(), pairs.Select(p => p.Relation).Distinct().Order());
        Assert.Equal(Enum.GetValues<DifferenceKind>().Order(), pairs.Where(p => p.Kind is not null).Select(p => p.Kind!.Value).Distinct().Order());
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pairs-{Guid.NewGuid():N}.jsonl");
        var pairs = new[] { new TrainingPair("x", "a “quoted” €5", "b", PairRelation.Conflict, DifferenceKind.Attribution, "hand") };
        try
        {
            TrainingPairFile.Write(path, pairs);

            Assert.Equal(pairs, TrainingPairFile.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
