using Compare.Core.Analysis.Alignment;

namespace Compare.Core.Tests.Analysis.Alignment;

public sealed class HungarianTests
{
    [Fact]
    public void MaxWeightAssignment_GreedyWouldBeWrong_FindsTheBestTotal()
    {
        // Greedy takes (0,0)=0.9 and is left with (1,1)=0.1: total 1.0. The best is (0,1)+(1,0) = 0.8 + 0.85 = 1.65.
        var w = new double[,] { { 0.9, 0.8 }, { 0.85, 0.1 } };

        Assert.Equal([1, 0], Hungarian.MaxWeightAssignment(w));
    }

    [Fact]
    public void MaxWeightAssignment_MoreRowsThanColumns_LeavesRowsUnassigned()
    {
        var w = new double[,] { { 0.2 }, { 0.7 }, { 0.5 } };

        Assert.Equal([-1, 0, -1], Hungarian.MaxWeightAssignment(w));
    }

    [Fact]
    public void MaxWeightAssignment_ZeroWeights_AreNeverAssigned()
    {
        var w = new double[,] { { 0, 0.6 }, { 0, 0 } };

        Assert.Equal([1, -1], Hungarian.MaxWeightAssignment(w));
    }

    [Fact]
    public void MaxWeightAssignment_MatchesBruteForceOnRandomMatrices()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 50; trial++)
        {
            var (r, c) = (random.Next(1, 6), random.Next(1, 6));
            var w = new double[r, c];
            for (var i = 0; i < r; i++)
            {
                for (var j = 0; j < c; j++)
                {
                    w[i, j] = random.NextDouble() < 0.3 ? 0 : Math.Round(random.NextDouble(), 2);
                }
            }

            var assignment = Hungarian.MaxWeightAssignment(w);
            var total = assignment.Select((j, i) => j < 0 ? 0 : w[i, j]).Sum();
            Assert.Equal(BruteForce(w, 0, new bool[c]), total, 6);
            Assert.Equal(assignment.Where(j => j >= 0).Count(), assignment.Where(j => j >= 0).Distinct().Count());
        }
    }

    private static double BruteForce(double[,] w, int row, bool[] used)
    {
        if (row == w.GetLength(0))
        {
            return 0;
        }

        var best = BruteForce(w, row + 1, used);
        for (var j = 0; j < used.Length; j++)
        {
            if (!used[j] && w[row, j] > 0)
            {
                used[j] = true;
                best = Math.Max(best, w[row, j] + BruteForce(w, row + 1, used));
                used[j] = false;
            }
        }

        return best;
    }
}
