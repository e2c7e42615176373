using Compare.Core.Stories;

namespace Compare.Storage.Stories;

/// <summary>The JSON part of an article's grouping features (the vector is stored as a blob beside it).</summary>
internal sealed record FeatureDocument(IReadOnlyList<ArticleTerm> Terms, IReadOnlyList<string> Entities, IReadOnlyList<DateOnly> Dates);
