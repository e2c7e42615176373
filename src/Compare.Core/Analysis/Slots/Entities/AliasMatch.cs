
namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>An alias found at tokens <see cref="First"/>..<see cref="Next"/> (exclusive).</summary>
internal readonly record struct AliasMatch(AliasEntry Entry, int First, int Next);
