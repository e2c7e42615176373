using Compare.Core.Analysis.Pairs;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class StoryContextTests
{
    // Outlet "a": a0, a1 (one article); outlet "b": b0, b1, b2 (one article). Unit vectors in 3 dimensions, so every
    // cosine below is a dot product worked out by hand.
    private static readonly Claim[] Claims =
    [
        TestClaims.Of("a", "The strike ended after 18 days.", index: 0),
        TestClaims.Of("a", "Buses return on Monday.", index: 1),
        TestClaims.Of("b", "The strike lasted 18 days.", index: 0),
        TestClaims.Of("b", "The strike cost 4 million.", index: 1),
        TestClaims.Of("b", "The union thanked riders.", index: 2),
    ];

    private static readonly float[][] Vectors =
    [
        [1f, 0f, 0f],
        [0f, 1f, 0f],
        [1f, 0f, 0f],
        [0.6f, 0.8f, 0f],
        [0f, 0f, 1f],
    ];

    [Fact]
    public void Of_MostSimilarSentenceOfTheOtherOutlet_RanksFirstWithItsMarginOverTheRunnerUp()
    {
        var context = new StoryContext(Claims, Vectors);

        var f = context.Of(0, 2);

        Assert.Equal(1f, f[Index("has_context")]);
        Assert.Equal(1f, f[Index("rank_a")]);               // b0 is a0's best in outlet b (1.0 against 0.6 and 0)
        Assert.Equal(0.4f, f[Index("margin_a")], 5);        // 1.0 - 0.6
        Assert.Equal(1f, f[Index("rank_b")]);               // a0 is b0's best in outlet a (1.0 against 0)
        Assert.Equal(1f, f[Index("margin_b")], 5);          // 1.0 - 0
    }

    [Fact]
    public void Of_SecondBestSentence_RanksSecondWithANegativeMargin()
    {
        var context = new StoryContext(Claims, Vectors);

        var f = context.Of(0, 3);

        Assert.Equal(0.5f, f[Index("rank_a")]);             // b1 (0.6) is behind b0 (1.0) for a0
        Assert.Equal(-0.4f, f[Index("margin_a")], 5);       // 0.6 - 1.0
        Assert.Equal(0.5f, f[Index("rank_b")]);             // for b1, a1 (0.8) is ahead of a0 (0.6)
        Assert.Equal(-0.2f, f[Index("margin_b")], 5);       // 0.6 - 0.8
    }

    [Fact]
    public void Of_ContextCosine_BlendsEachSentenceWithItsNeighboursOfTheSameArticleOnly()
    {
        var context = new StoryContext(Claims, Vectors);

        var f = context.Of(0, 2);

        // a0 + 0.5·a1 = (1, 0.5, 0); b0's neighbours: a1 is another article, b1 is its own: b0 + 0.5·b1 = (1.3, 0.4, 0).
        var expected = ((1 * 1.3) + (0.5 * 0.4)) / (Math.Sqrt(1 + 0.25) * Math.Sqrt((1.3 * 1.3) + (0.4 * 0.4)));
        Assert.Equal(expected, f[Index("context_cosine")], 4);
    }

    [Fact]
    public void Of_IdfOverlap_WeighsWordsByHowRareTheyAreInTheStory()
    {
        var context = new StoryContext(Claims, Vectors);

        var f = context.Of(0, 2);

        // Content words: a0 {strike, ended, 18, days}, b0 {strike, lasted, 18, days}. Of the five claims, "strike" is in
        // three, "18" and "days" in two, "ended" and "lasted" in one: weight ln(6 / claims with the word).
        double W(int df) => Math.Log(6.0 / df);
        var expected = (W(3) + W(2) + W(2)) / (W(3) + W(2) + W(2) + W(1) + W(1));
        Assert.Equal(expected, f[Index("story_idf_overlap")], 4);
    }

    [Fact]
    public void Of_Position_IsTheGapBetweenRelativePlacesInTheArticles_AndWhetherBothOpenTheirArticles()
    {
        var context = new StoryContext(Claims, Vectors);

        // Relative places: a0 0, a1 1 (two claims); b0 0, b1 0.5, b2 1 (three claims). A lead is an article's first or
        // second claim.
        var first = context.Of(0, 3);
        var last = context.Of(1, 4);

        Assert.Equal(0.5f, first[Index("position_gap")], 5);
        Assert.Equal(1f, first[Index("leads")]);
        Assert.Equal(0f, last[Index("position_gap")], 5);
        Assert.Equal(0f, last[Index("leads")]);
    }

    [Fact]
    public void None_IsAllZeroWithoutContext()
    {
        Assert.Equal(StoryContext.Names.Count, StoryContext.None.Length);
        Assert.All(StoryContext.None, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Constructor_VectorsNotMatchingClaims_Throws()
    {
        Assert.Throws<ArgumentException>(() => new StoryContext(Claims, Vectors[..3]));
    }

    private static int Index(string name) => StoryContext.Names.ToList().IndexOf(name);
}
