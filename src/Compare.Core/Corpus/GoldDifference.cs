using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>One kind on which outlets differ: the outlets grouped by what they state.</summary>
public sealed record GoldDifference(DifferenceKind Kind, IReadOnlyList<IReadOnlyList<string>> Groups, string Note)
{
    /// <summary>The index of the group holding <paramref name="outlet"/>, or null when it is in none.</summary>
    public int? GroupOf(string outlet)
    {
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i].Contains(outlet, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
