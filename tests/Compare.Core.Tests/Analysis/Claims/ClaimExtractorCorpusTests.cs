using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Claims;

/// <summary>The extractor on the non-held-out corpus: no gold sentence is lost, and what is kept points into the text.</summary>
public sealed class ClaimExtractorCorpusTests(ClaimCorpusFixture corpus) : IClassFixture<ClaimCorpusFixture>
{
    [Fact]
    public void Extract_EveryGoldSentence_IsInsideAClaim()
    {
        var missing = new List<string>();
        var checkedSentences = 0;
        foreach (var topic in corpus.Topics)
        {
            foreach (var fact in topic.Gold.Facts)
            {
                foreach (var (outlet, mention) in fact.Mentions)
                {
                    var claims = corpus.Articles[(topic.Id, outlet)].Claims;
                    foreach (var sentence in mention?.Sentences ?? [])
                    {
                        checkedSentences++;
                        if (!claims.Any(c => c.Text.Contains(sentence, StringComparison.Ordinal)))
                        {
                            missing.Add($"{topic.Id}/{fact.Id}/{outlet}: {sentence}");
                        }
                    }
                }
            }
        }

        Assert.True(checkedSentences > 200, $"only {checkedSentences} gold sentences were checked");
        Assert.Empty(missing);
    }

    [Fact]
    public void Extract_ClaimOffsets_PointAtTheClaimTextInTheArticle()
    {
        foreach (var (_, a) in corpus.Articles)
        {
            foreach (var c in a.Claims)
            {
                Assert.Equal(c.Text, a.Article.Text.Substring(c.Start, c.Length));
                Assert.Equal($"{a.Article.Id}#{c.SentenceIndex}", c.Id);
                foreach (var q in c.Slots.Quantities)
                {
                    Assert.Equal(q.Text, a.Article.Text.Substring(q.Start, q.Length));
                }

                foreach (var d in c.Slots.Dates)
                {
                    Assert.Equal(d.Text, a.Article.Text.Substring(d.Start, d.Length));
                }

                foreach (var e in c.Slots.Entities)
                {
                    Assert.Equal(e.Text, a.Article.Text.Substring(e.Start, e.Length));
                }
            }
        }
    }

    [Fact]
    public void Extract_SeedBlogJunk_IsNotAClaim()
    {
        var blog = corpus.Articles[("hamas-iran", "blog")].Claims;
        string[] junk =
        [
            "comments below", "explore other articles on our site", "Back to Top", "Table of Contents", "Lyn May Before She Was Famous",
            "What do you believe", "Historical Roots: From Expulsion to Alliance", "BBC News",
        ];
        foreach (var j in junk)
        {
            Assert.DoesNotContain(blog, c => c.Text.Contains(j, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Extract_WireCredits_AreNotClaims()
    {
        var all = corpus.Articles.Values.SelectMany(a => a.Claims).ToList();
        Assert.DoesNotContain(all, c => c.Text.Contains("Editing by", StringComparison.Ordinal));
        Assert.DoesNotContain(all, c => c.Text.StartsWith("Watch:", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AcrossTheCorpus_KeepsMostSentencesAndDropsHeadingsAndJunk()
    {
        foreach (var (key, a) in corpus.Articles)
        {
            Assert.True(a.Claims.Count >= a.Sentences.Count / 2, $"{key}: {a.Claims.Count} claims of {a.Sentences.Count} sentences");
        }

        var claims = corpus.Articles.Values.Sum(a => a.Claims.Count);
        var sentences = corpus.Articles.Values.Sum(a => a.Sentences.Count);
        Assert.InRange((double)claims / sentences, 0.6, 0.95);
    }

    [Fact]
    public void Extract_ClaimScores_AreAtOrAboveTheThreshold()
    {
        Assert.All(corpus.Articles.Values.SelectMany(a => a.Claims), c => Assert.InRange(c.CheckWorthiness, 0.4, 1.0));
        Assert.All(corpus.Articles.Values.SelectMany(a => a.Claims), c => Assert.IsType<ClaimSlots>(c.Slots));
    }
}
