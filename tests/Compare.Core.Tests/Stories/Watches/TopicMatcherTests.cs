using Compare.Core.Stories;
using Compare.Core.Stories.Watches;
using Compare.Core.Tests.Analysis.Embeddings;

namespace Compare.Core.Tests.Stories.Watches;

public sealed class TopicMatcherTests(EmbedderFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IReadOnlyList<TopicHit>> MatchAsync(string query)
    {
        var items = DemoArticles.Items;
        using var index = new TopicIndex();
        index.Add(items.Select(x => (x.Article.Id, x.Article.Title, x.Article.Text)));
        var vectors = await fixture.Embedder.EmbedAsync(items.Select(x => StoryText.TitleAndLead(x.Article)).ToList(), Ct);
        var byId = items.Select((x, i) => (x.Article.Id, Vector: vectors[i])).ToDictionary(x => x.Id, x => x.Vector);
        var queryVector = (await fixture.Embedder.EmbedAsync([query], Ct))[0];
        return new TopicMatcher(index, new TopicWatchOptions()).Match(query, queryVector, id => byId.GetValueOrDefault(id));
    }

    [Fact]
    public async Task Match_HamasIranFunding_GathersTheFiveHamasIranArticlesAndNothingElse()
    {
        var hits = await MatchAsync("Hamas Iran funding");

        var expected = DemoArticles.Items.Where(x => x.Topic == "hamas-iran").Select(x => x.Article.Id).Order();
        Assert.Equal(expected, hits.Select(h => h.ArticleId).Order());
        Assert.All(hits, h => Assert.True(h.Cosine > 0 && h.Bm25 > 0));
    }

    [Fact]
    public async Task Match_QueryInOtherWords_FindsTheRefineryStory()
    {
        var hits = await MatchAsync("refinery explosion Kestrel Bay");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.StartsWith("kestrel-bay-refinery/", h.ArticleId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Match_WordsNoArticleHas_FindsNothing()
    {
        Assert.Empty(await MatchAsync("zeppelin marathon quasar"));
    }

    [Fact]
    public void Search_ArticleAddedTwice_IsIndexedOnce()
    {
        using var index = new TopicIndex();
        index.Add([("a1", "Budget vote", "The council adopted the budget.")]);

        index.Add([("a1", "Budget vote", "The council adopted the budget after a long night.")]);

        Assert.Equal(1, index.Count);
        Assert.Equal("a1", Assert.Single(index.Search("budget night", 10)).ArticleId);
    }
}
