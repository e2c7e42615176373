namespace Compare.Core.Analysis.Text;

/// <summary>Words that open a noun phrase: "the coming year", "the acceptable daily intake", "its next meeting".</summary>
internal static class Determiners
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    };

    /// <summary>Whether <paramref name="word"/> is a determiner, in any case.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
