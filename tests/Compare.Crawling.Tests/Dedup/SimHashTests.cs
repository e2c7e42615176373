using Compare.Core.Corpus;
using Compare.Crawling.Dedup;

namespace Compare.Crawling.Tests.Dedup;

public sealed class SimHashTests
{
    private static List<(string Name, string Text)> CorpusTexts()
    {
        var catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        return catalog.Topics
            .SelectMany(t => t.Gold.Articles.Select(a => ($"{t.Id}/{a.Outlet}", CorpusPage.Load(t.PagePath(a.Outlet), catalog.Outlet(a.Outlet)).BodyText)))
            .ToList();
    }

    [Fact]
    public void Distance_SyndicatedCopyWithItsOwnFirstAndLastLine_IsWithinSix()
    {
        foreach (var (name, text) in CorpusTexts())
        {
            var paragraphs = text.Split('\n');
            // A partner's copy: a line of its own on top, a credit line at the end.
            var copy = string.Join('\n', paragraphs.Prepend("Republished with permission from our partners.").Append("Copyright the original publisher."));

            Assert.True(SimHash.Distance(SimHash.Of(text), SimHash.Of(copy)) <= 6, $"{name}: a syndicated copy is not found as a near-duplicate");
        }
    }

    [Fact]
    public void Distance_DifferentArticlesOfTheSameStory_AreFarApart()
    {
        var texts = CorpusTexts();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                Assert.True(SimHash.Distance(SimHash.Of(texts[i].Text), SimHash.Of(texts[j].Text)) > 7, $"{texts[i].Name} and {texts[j].Name} look like copies");
            }
        }
    }

    [Fact]
    public void Of_IsStableAcrossRunsAndIgnoresCaseAndPunctuation()
    {
        Assert.Equal(SimHash.Of("The council voted 6-3 on Wednesday."), SimHash.Of("the COUNCIL voted 6 3 on wednesday"));
        Assert.Equal(0UL, SimHash.Of(string.Empty));
        Assert.Equal(0, SimHash.Distance(0xF0F0UL, 0xF0F0UL));
        Assert.Equal(64, SimHash.Distance(0UL, ulong.MaxValue));
    }
}
