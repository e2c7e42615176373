using Compare.Core.Analysis.Pairs;

namespace Compare.Core.Tests.Analysis.Pairs;

public sealed class PairTrainerTests
{
    private static readonly List<string> Ids = [.. Enumerable.Range(0, 20000).Select(i => $"story-{i / 100}/c{i % 100}~c{(i * 7) % 100}")];

    [Fact]
    public void LeaveOutOnePercent_LeavesOutAboutOnePairInAHundred_TheSameOnesEachTime()
    {
        var keep = PairTrainer.LeaveOutOnePercent("a");

        var left = Ids.Where(id => !keep(id)).ToList();

        Assert.InRange(left.Count / (double)Ids.Count, 0.008, 0.012);
        Assert.Equal(left, Ids.Where(id => !PairTrainer.LeaveOutOnePercent("a")(id)));
    }

    [Fact]
    public void LeaveOutOnePercent_AnotherWordLeavesOutOtherPairs()
    {
        var (a, b) = (PairTrainer.LeaveOutOnePercent("a"), PairTrainer.LeaveOutOnePercent("b"));

        var leftByA = Ids.Where(id => !a(id)).ToHashSet(StringComparer.Ordinal);
        var leftByB = Ids.Where(id => !b(id)).ToList();

        // Two independent 1% draws share about 1% of the pairs each leaves out; far fewer than a tenth.
        Assert.True(leftByB.Count(leftByA.Contains) < leftByB.Count / 10, $"{leftByB.Count(leftByA.Contains)} of {leftByB.Count} shared");
    }

    [Fact]
    public void LeaveOutOnePercent_NeedsAWord() => Assert.Throws<ArgumentException>(() => PairTrainer.LeaveOutOnePercent(""));
}
