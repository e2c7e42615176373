namespace Compare.Storage.Articles;

/// <summary>What <see cref="IArticleStore.SaveAsync"/> did.</summary>
public enum ArticleSaveOutcome
{
    /// <summary>The canonical URL was unknown: stored as revision 1.</summary>
    New,

    /// <summary>The text changed: stored as a new revision, the earlier ones kept.</summary>
    Revised,

    /// <summary>The text is the one already stored: only metadata and the last-seen time were updated.</summary>
    Unchanged,
}
