using Compare.Core.Domain;

namespace Compare.Core.Tests.Corpus;

/// <summary>The corpus holds what the foundation issue promises: enough topics, outlets, facts, differences and omissions.</summary>
public sealed class CorpusCountsTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Corpus_HasAtLeastSixTopicsOfFourOutletsAndTwelveFactsEach()
    {
        Assert.True(corpus.Catalog.Topics.Count >= 6);
        Assert.All(corpus.Catalog.Topics, t => Assert.True(t.Gold.Articles.Count >= 4, $"{t.Id}: fewer than 4 outlets"));
        Assert.All(corpus.Catalog.Topics, t => Assert.True(t.Gold.Facts.Count >= 12, $"{t.Id}: fewer than 12 facts"));
    }

    [Fact]
    public void Articles_AreBetween350And900Words_ExceptTheSeedDocument()
    {
        foreach (var ((topic, outlet), page) in corpus.Pages)
        {
            if (outlet == "blog")
            {
                continue;
            }

            Assert.True(page.BodyWords is >= 350 and <= 900, $"{topic}/{outlet}: {page.BodyWords} words");
        }
    }

    [Fact]
    public void Facts_AQuarterDifferAndAQuarterAreOmittedBySomeOutlet()
    {
        var facts = corpus.Catalog.Topics.SelectMany(t => t.Gold.Facts).ToList();
        Assert.True(facts.Count(f => f.Differ) * 4 >= facts.Count, "fewer than 25% of facts differ");
        Assert.True(facts.Count(f => f.OmittedBy.Count > 0) * 4 >= facts.Count, "fewer than 25% of facts are omitted by some outlet");
    }

    [Fact]
    public void EveryDifferenceKind_OccursAtLeastFourTimes()
    {
        var facts = corpus.Catalog.Topics.SelectMany(t => t.Gold.Facts).ToList();
        foreach (var kind in Enum.GetValues<DifferenceKind>())
        {
            var n = facts.Count(f => f.Differences.Any(d => d.Kind == kind));
            Assert.True(n >= 4, $"{kind}: {n} facts");
        }
    }

    [Fact]
    public void TwoTopics_AreHeldOut_AndTheReadmeNamesThem()
    {
        var heldOut = corpus.Catalog.Topics.Where(t => t.HeldOut).Select(t => t.Id).ToList();
        Assert.Equal(2, heldOut.Count);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "README.md"));
        Assert.All(heldOut, id => Assert.Contains($"`{id}`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void SeedTopic_UsesTheSeedDocumentAsItsBlogArticle()
    {
        var seed = Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds", "source"), "*.txt").Single();
        var blog = corpus.Pages[("hamas-iran", "blog")].BodyText.Split('\n');
        var lines = File.ReadAllLines(seed).Skip(1).Select(l => Core.Html.HtmlText.Collapse(l.Replace("**", "", StringComparison.Ordinal)))
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)
            .Where(l => l.Length > 0);
        Assert.All(lines, l => Assert.Contains(l, blog));
    }
}
