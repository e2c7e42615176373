using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// Vote counts ("voted 6-3", "a 5-4 vote", "the final tally was 7-2", "voted 5 to 4") become two quantities with unit
/// <c>vote</c>, in the order written: the first is the side that carried the vote, the second the other side. Each quantity's
/// text is its own number. A bare "6-3" with no vote word nearby is left to the range reader.
/// </summary>
internal static class VoteCounts
{
    private const int Window = 5;

    private static readonly HashSet<string> Context = new(StringComparer.OrdinalIgnoreCase)
    {
        "vote", "votes", "voted", "voting", "tally", "margin", "ballot", "split", "decision", "ruling", "majority", "verdict",
        "approved", "passed", "rejected", "adopted", "endorsed", "confirmed", "ruled",
    };

    public static bool TryRead(IReadOnlyList<Token> tokens, int i, out QuantityDraft? first, out QuantityDraft? second)
    {
        first = second = null;
        if (i + 2 >= tokens.Count || !IsSmallCount(tokens[i]) || !IsSmallCount(tokens[i + 2]))
        {
            return false;
        }

        var sep = tokens[i + 1];
        var dash = (sep.IsPunct('-') || sep.IsPunct('–')) && sep.Start == tokens[i].End && tokens[i + 2].Start == sep.End;
        var to = sep.Is("to") && i > 0 && tokens[i - 1].Is("voted");
        if (!(dash || to) || !HasContext(tokens, i))
        {
            return false;
        }

        // "a 5-4-1 vote" or a date-like "10-7-2023" is not a two-sided count.
        if (i + 3 < tokens.Count && tokens[i + 3].IsPunct('-') && tokens[i + 3].Start == tokens[i + 2].End)
        {
            return false;
        }

        first = Draft(tokens, i);
        second = Draft(tokens, i + 2);
        return true;
    }

    private static QuantityDraft Draft(IReadOnlyList<Token> tokens, int index) => new()
    {
        First = index,
        NumberFirst = index,
        NumberNext = index + 1,
        UnitNext = index + 1,
        Next = index + 1,
        Value = int.Parse(tokens[index].Text, System.Globalization.CultureInfo.InvariantCulture),
        Unit = "vote",
        Qualifier = QuantityQualifier.Exact,
    };

    private static bool IsSmallCount(Token t) => t.IsNumber && t.Text.Length <= 2 && !t.Text.Contains('.', StringComparison.Ordinal);

    private static bool HasContext(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - Window); k < Math.Min(tokens.Count, i + 3 + Window); k++)
        {
            if (tokens[k].IsWord && Context.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
