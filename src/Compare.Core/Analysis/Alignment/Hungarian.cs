namespace Compare.Core.Analysis.Alignment;

/// <summary>
/// Maximum-weight bipartite assignment (Hungarian algorithm, Kuhn-Munkres with potentials, O(n³)). Hand-written:
/// none of the packages on the mirror offers an assignment solver for .NET (ML.NET and the numerics packages do not).
/// </summary>
internal static class Hungarian
{
    /// <summary>
    /// For each row, the column it is assigned to, or -1. A rectangular matrix is padded with zero weights; pairs of
    /// weight 0 or less are never reported as assigned.
    /// </summary>
    public static int[] MaxWeightAssignment(double[,] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var rows = weights.GetLength(0);
        var cols = weights.GetLength(1);
        var n = Math.Max(rows, cols);
        var result = Enumerable.Repeat(-1, rows).ToArray();
        if (n == 0)
        {
            return result;
        }

        var max = 0.0;
        foreach (var w in weights)
        {
            max = Math.Max(max, w);
        }

        // Minimise cost = max - weight over an n×n matrix (1-based arrays, as in the classic formulation).
        var cost = new double[n + 1, n + 1];
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                var w = i <= rows && j <= cols ? Math.Max(0, weights[i - 1, j - 1]) : 0;
                cost[i, j] = max - w;
            }
        }

        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cur = cost[i0, j] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        for (var j = 1; j <= n; j++)
        {
            var i = p[j];
            if (i >= 1 && i <= rows && j <= cols && weights[i - 1, j - 1] > 0)
            {
                result[i - 1] = j - 1;
            }
        }

        return result;
    }
}
