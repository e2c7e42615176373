using Compare.Crawling.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Compare.Crawling;

/// <summary>Builds the crawler's services for a program without a host (the CLI), with the options validated as a host would.</summary>
public static class CrawlingServices
{
    /// <summary>
    /// Services over <paramref name="configuration"/>; throws <see cref="OptionsValidationException"/> listing every bad
    /// setting (each naming the outlet and field).
    /// </summary>
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging()
            .AddCompareCrawling();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>The shipped configuration with the given overrides (<c>Storage:DatabasePath</c>, ...), as <see cref="Build"/> takes it.</summary>
    public static ServiceProvider BuildDefault(string? configFile, IReadOnlyDictionary<string, string?> overrides) =>
        Build(CrawlingConfiguration.Load(configFile, overrides));
}
