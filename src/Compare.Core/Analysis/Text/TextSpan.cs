namespace Compare.Core.Analysis.Text;

/// <summary>A range of characters in a text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(int index) => index >= Start && index < End;
}
