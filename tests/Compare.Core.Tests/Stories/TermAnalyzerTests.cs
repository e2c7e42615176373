using Compare.Core.Stories;

namespace Compare.Core.Tests.Stories;

public sealed class TermAnalyzerTests
{
    [Fact]
    public void Analyze_Sentence_StemsWordsDropsStopWordsAndKeepsNamePairs()
    {
        using var analyzer = new TermAnalyzer();

        var terms = analyzer.Analyze("The Port Alder City Council adopted the budget. Councils adopt budgets.");

        var keys = terms.Select(t => t.Key).ToList();
        Assert.DoesNotContain("the", keys);
        Assert.Contains("budget", keys);
        Assert.Equal(2, terms.Single(t => t.Key == "budget").Count);
        var pair = terms.Single(t => t.Key == "port alder");
        Assert.True(pair.IsName);
        Assert.Equal("Port Alder", pair.Surface);
        Assert.Contains("citi council", keys);
        Assert.DoesNotContain("council adopt", keys);
    }

    [Fact]
    public void Analyze_NamesSplitByPunctuationOrAStopWord_AreNotJoined()
    {
        using var analyzer = new TermAnalyzer();

        var keys = analyzer.Analyze("He met Tehran, Hamas and Doha officials in Kestrel Bay.").Select(t => t.Key).ToList();

        Assert.DoesNotContain("tehran hama", keys);
        Assert.DoesNotContain("hama doha", keys);
        Assert.Contains("kestrel bai", keys);
        Assert.Equal(["kestrel bai"], keys.Where(k => k.Contains(' ', StringComparison.Ordinal)));
    }
}
