using Compare.Crawling.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Compare.Server.Hosting;

/// <summary>The host's configuration sources, lowest precedence first.</summary>
internal static class CompareConfiguration
{
    /// <summary>
    /// Puts the shipped <c>outlets.json</c> (the crawler's settings and the demo outlets) under everything the web host
    /// reads, so <c>appsettings.json</c>, <c>COMPARE_</c> and plain environment variables and the command line override it.
    /// </summary>
    public static void Apply(ConfigurationManager configuration)
    {
        var outlets = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, CrawlingConfiguration.ShippedFileName),
            Optional = false,
            ReloadOnChange = false,
        };
        outlets.ResolveFileProvider();
        configuration.Sources.Insert(0, outlets);
        configuration.AddEnvironmentVariables("COMPARE_");
    }
}
