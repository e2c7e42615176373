namespace Compare.Storage.Articles;

/// <summary>The stored article after a save, and what the save did.</summary>
public sealed record ArticleSaveResult(StoredArticle Article, ArticleSaveOutcome Outcome);
