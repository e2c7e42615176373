using Compare.Core.Analysis;
using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Analysis.Pairs;
using Compare.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compare.Server.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>
    /// The analysis engine: claim extraction (options from section <c>Compare:Claims</c>), MiniLM embeddings behind the store's embedding cache, the shipped pair model,
    /// and <see cref="ComparisonEngine"/> with options from section <c>Comparison</c>. Needs the store.
    /// </summary>
    public static IServiceCollection AddCompareAnalysis(this IServiceCollection services)
    {
        services.AddCompareStorage();
        services.AddOptions<ComparisonOptions>().BindConfiguration(ComparisonOptions.SectionName);
        services.AddOptions<ClaimExtractorOptions>().BindConfiguration(ClaimExtractorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IClaimExtractor>(sp => new ClaimExtractor(sp.GetRequiredService<IOptions<ClaimExtractorOptions>>().Value));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GuardedEmbedder>();
        services.TryAddSingleton<IEmbeddingCache, StoreEmbeddingCache>();
        services.TryAddSingleton<ITextEmbedder>(sp => new CachedTextEmbedder(sp.GetRequiredService<GuardedEmbedder>(), sp.GetRequiredService<IEmbeddingCache>()));
        services.TryAddSingleton(_ => PairJudge.Default);
        services.TryAddSingleton(sp => new ComparisonEngine(
            sp.GetRequiredService<IClaimExtractor>(),
            sp.GetRequiredService<ITextEmbedder>(),
            sp.GetRequiredService<PairJudge>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ComparisonOptions>>().Value));
        return services;
    }
}
