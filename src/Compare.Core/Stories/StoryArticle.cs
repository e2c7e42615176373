namespace Compare.Core.Stories;

/// <summary>What story grouping knows of one article.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="OutletId">Its outlet.</param>
/// <param name="Time">Publication time, or when it was first seen when the page gives none.</param>
/// <param name="Vector">Unit embedding of its title and lead.</param>
/// <param name="Terms">Its most telling words and names (title and lead first), most frequent first.</param>
/// <param name="Entities">Canonical names of the actors its claims mention.</param>
/// <param name="Dates">Days its claims name precisely (a day, not a month or a year).</param>
public sealed record StoryArticle(
    string ArticleId,
    string OutletId,
    DateTimeOffset Time,
    float[] Vector,
    IReadOnlyList<ArticleTerm> Terms,
    IReadOnlyList<string> Entities,
    IReadOnlyList<DateOnly> Dates);
