namespace Compare.Core.Corpus;

/// <summary>How one outlet states a fact: its sentences, verbatim, and the value it gives.</summary>
public sealed record GoldMention(IReadOnlyList<string> Sentences, GoldValue Value);
