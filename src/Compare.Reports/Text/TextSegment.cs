using Compare.Core.Domain;

namespace Compare.Reports.Text;

/// <summary>A run of a sentence: plain when <paramref name="Kind"/> is null, else a differing value to highlight.</summary>
internal readonly record struct TextSegment(string Text, DifferenceKind? Kind);
