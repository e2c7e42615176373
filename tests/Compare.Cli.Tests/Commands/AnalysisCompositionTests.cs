using Compare.Core.Analysis.Embeddings;
using Compare.Core.Analysis.Engine;
using Compare.Core.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Compare.Cli.Tests.Commands;

/// <summary>The composition a host uses: AddCompareAnalysis resolves a working engine, and a registered cache wins.</summary>
public sealed class AnalysisCompositionTests
{
    [Fact]
    public async Task AddCompareAnalysis_ResolvedEngine_ComparesTwoOutlets()
    {
        var cache = new InMemoryEmbeddingCache();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Comparison:EmbeddingChunk"] = "16" }).Build())
            .AddSingleton<IEmbeddingCache>(cache)
            .AddCompareAnalysis();
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ComparisonEngine>();
        var story = new Story("s", "s",
        [
            Article("a", "The Brenmouth harbour board approved a budget of $1.42 billion on Wednesday."),
            Article("b", "On Wednesday the harbour board in Brenmouth adopted a $1.42 billion spending plan."),
        ]);

        var comparison = await engine.CompareAsync(story, [], null, TestContext.Current.CancellationToken);

        Assert.Equal(FindingKind.Agree, Assert.Single(comparison.Findings).Kind);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void AddCompareAnalysis_InvalidOption_FailsValidation()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Comparison:EmbeddingChunk"] = "0" }).Build())
            .AddCompareAnalysis();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<ComparisonEngine>());
        Assert.Contains("EmbeddingChunk", error.Message, StringComparison.Ordinal);
    }

    private static Article Article(string outlet, string text) =>
        new($"{outlet}/1", outlet, new Uri($"https://{outlet}.example/1"), "t", null, new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero), null, "en", text);
}
