using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>One entity of the alias table: its canonical name and kind.</summary>
internal sealed record AliasEntry(string Canonical, EntityKind Kind);
