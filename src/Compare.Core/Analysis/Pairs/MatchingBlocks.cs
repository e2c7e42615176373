using System.Buffers;
using FuzzySharp;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// The matching blocks FuzzySharp's <see cref="Levenshtein.GetMatchingBlocks(string, string)"/> gives two texts (as
/// python-Levenshtein does): the common prefix and suffix set aside, a Levenshtein cost table over the rest, one path of
/// edits read back from its far corner (a kept character first, then an edit of the kind just made, then a replacement,
/// then an insertion, then a deletion), and the runs of characters between the edits. The same blocks; the library
/// allocates a new table per call, which for two sentences passes the large-object threshold, and it was the larger
/// part of the partial ratio's time; here the table is rented and returned. Hand-written for that reason; a property test
/// holds the blocks equal to the library's.
/// </summary>
internal static class MatchingBlocks
{
    private enum Edit : byte
    {
        Replace,
        Insert,
        Delete,
    }

    /// <summary>The blocks of <paramref name="a"/> (source) and <paramref name="b"/> (destination), the closing empty block last.</summary>
    public static List<(int Source, int Dest, int Length)> Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var (restA, restB) = (a.Length - prefix, b.Length - prefix);
        while (restA > 0 && restB > 0 && a[prefix + restA - 1] == b[prefix + restB - 1])
        {
            restA--;
            restB--;
        }

        // The table: rows for the rest of a, columns for the rest of b, each one longer for the empty start.
        var (rows, columns) = (restA + 1, restB + 1);
        var table = ArrayPool<int>.Shared.Rent(rows * columns);
        try
        {
            for (var j = 0; j < columns; j++)
            {
                table[j] = j;
            }

            for (var i = 1; i < rows; i++)
            {
                var row = i * columns;
                var above = row - columns;
                table[row] = i;
                var ca = a[prefix + i - 1];
                for (var j = 1; j < columns; j++)
                {
                    var diagonal = table[above + j - 1] + (ca == b[prefix + j - 1] ? 0 : 1);
                    var left = table[row + j - 1] + 1;
                    var up = table[above + j] + 1;
                    table[row + j] = Math.Min(diagonal, Math.Min(left, up));
                }
            }

            var edits = ReadEdits(a, b, prefix, table, rows, columns);
            return Blocks(edits, a.Length, b.Length);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
        }
    }

    /// <summary>The path of edits, first to last, each with its place in the full texts.</summary>
    private static (Edit Kind, int Source, int Dest)[] ReadEdits(string a, string b, int prefix, int[] table, int rows, int columns)
    {
        var (i, j) = (rows - 1, columns - 1);
        var at = (i * columns) + j;
        var edits = new (Edit Kind, int Source, int Dest)[table[at]];
        var next = edits.Length;
        var direction = 0;
        while (i > 0 || j > 0)
        {
            if (i > 0 && j > 0 && table[at] == table[at - columns - 1] && a[prefix + i - 1] == b[prefix + j - 1])
            {
                (i, j, at, direction) = (i - 1, j - 1, at - columns - 1, 0);
            }
            else if (direction < 0 && j > 0 && table[at] == table[at - 1] + 1)
            {
                j--;
                at--;
                edits[--next] = (Edit.Insert, i + prefix, j + prefix);
            }
            else if (direction > 0 && i > 0 && table[at] == table[at - columns] + 1)
            {
                i--;
                at -= columns;
                edits[--next] = (Edit.Delete, i + prefix, j + prefix);
            }
            else if (i > 0 && j > 0 && table[at] == table[at - columns - 1] + 1)
            {
                (i, j, at, direction) = (i - 1, j - 1, at - columns - 1, 0);
                edits[--next] = (Edit.Replace, i + prefix, j + prefix);
            }
            else if (direction == 0 && j > 0 && table[at] == table[at - 1] + 1)
            {
                (j, at, direction) = (j - 1, at - 1, -1);
                edits[--next] = (Edit.Insert, i + prefix, j + prefix);
            }
            else if (direction == 0 && i > 0 && table[at] == table[at - columns] + 1)
            {
                (i, at, direction) = (i - 1, at - columns, 1);
                edits[--next] = (Edit.Delete, i + prefix, j + prefix);
            }
            else
            {
                throw new InvalidOperationException("The edit table has no path back to its start.");
            }
        }

        return edits;
    }

    /// <summary>The runs of kept characters between the edits, then what follows the last edit, then the closing empty block.</summary>
    private static List<(int Source, int Dest, int Length)> Blocks((Edit Kind, int Source, int Dest)[] edits, int lengthA, int lengthB)
    {
        var blocks = new List<(int Source, int Dest, int Length)>();
        var (source, dest) = (0, 0);
        var k = 0;
        while (k < edits.Length)
        {
            var (kind, editSource, editDest) = edits[k];
            if (source < editSource || dest < editDest)
            {
                blocks.Add((source, dest, editSource - source));
                (source, dest) = (editSource, editDest);
            }

            // A run of edits of one kind, each where the one before left off.
            do
            {
                source += kind is Edit.Replace or Edit.Delete ? 1 : 0;
                dest += kind is Edit.Replace or Edit.Insert ? 1 : 0;
                k++;
            }
            while (k < edits.Length && edits[k].Kind == kind && edits[k].Source == source && edits[k].Dest == dest);
        }

        if (source < lengthA || dest < lengthB)
        {
            blocks.Add((source, dest, lengthA - source));
        }

        blocks.Add((lengthA, lengthB, 0));
        return blocks;
    }
}
