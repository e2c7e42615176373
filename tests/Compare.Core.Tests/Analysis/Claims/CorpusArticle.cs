using Compare.Core.Analysis.Claims;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Claims;

/// <summary>One corpus article with its claims and the analysis of all its sentences.</summary>
internal sealed record CorpusArticle(Article Article, IReadOnlyList<Claim> Claims, IReadOnlyList<SentenceAnalysis> Sentences);
