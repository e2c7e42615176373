using Compare.Core.Analysis.Embeddings;
using CsCheck;

namespace Compare.Core.Tests.Analysis.Embeddings;

public sealed class BatchEndsTests
{
    [Fact]
    public void BatchEnds_NoTexts_NoBatch() => Assert.Empty(MiniLmEmbedder.BatchEnds([], 32));

    [Fact]
    public void BatchEnds_ManyTextsOfOneWidth_FewestFullRuns()
    {
        var ends = MiniLmEmbedder.BatchEnds(Enumerable.Repeat(20, 100).ToArray(), 32);

        Assert.Equal(4, ends.Count);
        Assert.Equal(100, ends[^1]);
        Assert.All(Sizes(ends), size => Assert.InRange(size, 1, 32));
    }

    [Fact]
    public void BatchEnds_ShortAndLongTexts_RunApart()
    {
        // Together: one run padded to 100 tokens for eight texts (40 + 800); apart: two runs (40 + 40 and 40 + 400).
        var ends = MiniLmEmbedder.BatchEnds([10, 10, 10, 10, 100, 100, 100, 100], 32);

        Assert.Equal([4, 8], ends);
    }

    [Fact]
    public void BatchEnds_OneTextSlightlyLonger_StaysInTheRun()
    {
        // Padding twenty texts by one token each costs less than a run of its own.
        var ends = MiniLmEmbedder.BatchEnds([.. Enumerable.Repeat(12, 20), 13], 32);

        Assert.Equal([21], ends);
    }

    [Fact]
    public void BatchEnds_RandomWidths_CostNoMoreThanAnyOtherCut()
    {
        var widths = Gen.Int[1, 60].Array[0, 9].Select(w => w.Order().ToArray());
        Gen.Select(widths, Gen.Int[1, 4]).Sample(p =>
        {
            var (sorted, most) = p;
            var ends = MiniLmEmbedder.BatchEnds(sorted, most);

            Assert.Equal(sorted.Length, ends.Count == 0 ? 0 : ends[^1]);
            Assert.All(Sizes(ends), size => Assert.InRange(size, 1, most));
            Assert.Equal(Cheapest(sorted, most), Cost(sorted, ends), 6);
        }, iter: 2000);
    }

    private static IEnumerable<int> Sizes(IReadOnlyList<int> ends) => ends.Select((end, i) => end - (i == 0 ? 0 : ends[i - 1]));

    private static double Cost(int[] sorted, IReadOnlyList<int> ends) =>
        ends.Select((end, i) => (Start: i == 0 ? 0 : ends[i - 1], End: end))
            .Sum(b => MiniLmEmbedder.RunCostInTokens + ((b.End - b.Start) * (double)sorted[b.End - 1]));

    /// <summary>The least cost over every way of cutting the sorted texts into runs of at most <paramref name="most"/>, by trying them all.</summary>
    private static double Cheapest(int[] sorted, int most)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var best = double.MaxValue;
        for (var cuts = 0; cuts < 1 << (sorted.Length - 1); cuts++)
        {
            var ends = Enumerable.Range(1, sorted.Length - 1).Where(i => (cuts & (1 << (i - 1))) != 0).Append(sorted.Length).ToList();
            if (Sizes(ends).All(size => size <= most))
            {
                best = Math.Min(best, Cost(sorted, ends));
            }
        }

        return best;
    }
}
