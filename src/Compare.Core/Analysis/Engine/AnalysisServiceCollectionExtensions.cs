using Compare.Core.Analysis.Claims;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Pairs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compare.Core.Analysis.Engine;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ComparisonEngine"/> (options section <c>Comparison</c>, validated on start) with its parts:
    /// the claim extractor, MiniLM behind a cache (an in-process <see cref="IEmbeddingCache"/> unless a storage-backed
    /// one is registered first), the shipped pair judge and the system clock. Every part is TryAdd, so a host can
    /// replace any of them.
    /// </summary>
    public static IServiceCollection AddCompareAnalysis(this IServiceCollection services)
    {
        services.AddOptions<ComparisonOptions>().BindConfiguration(ComparisonOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClaimExtractor>(_ => new ClaimExtractor());
        services.TryAddSingleton<IEmbeddingCache, InMemoryEmbeddingCache>();
        services.TryAddSingleton<MiniLmEmbedder>();
        services.TryAddSingleton<ITextEmbedder>(sp => new CachedTextEmbedder(sp.GetRequiredService<MiniLmEmbedder>(), sp.GetRequiredService<IEmbeddingCache>()));
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
