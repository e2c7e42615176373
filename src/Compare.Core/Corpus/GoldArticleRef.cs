namespace Compare.Core.Corpus;

/// <summary>Which file of a topic folder holds an outlet's article.</summary>
public sealed record GoldArticleRef(string Outlet, string File);
