using Compare.Crawling.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Compare.Server.Hosting;

/// <summary>The host's configuration sources, lowest precedence first, and the role read from them.</summary>
internal static class CompareConfiguration
{
    /// <summary>
    /// Puts the shipped <c>outlets.json</c> (the crawler's settings and the demo outlets) under everything the web host
    /// reads, so <c>appsettings.json</c>, <c>COMPARE_</c> and plain environment variables and the command line override it.
    /// </summary>
    public static void Apply(ConfigurationManager configuration, string[] args)
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
        // `--role worker` is short for `--Server:Role=Worker`.
        configuration.AddCommandLine(args, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["--role"] = "Server:Role" });
    }

    /// <summary>The process's role; an unknown name is reported with the accepted ones.</summary>
    public static ServerRole Role(IConfiguration configuration)
    {
        var text = configuration[ServerOptions.SectionName + ":" + nameof(ServerOptions.Role)];
        if (string.IsNullOrWhiteSpace(text))
        {
            return ServerRole.All;
        }

        return Enum.TryParse<ServerRole>(text, ignoreCase: true, out var role) && Enum.IsDefined(role)
            ? role
            : throw new InvalidOperationException(
                $"--role / {ServerOptions.SectionName}:{nameof(ServerOptions.Role)} '{text}' is not a role: use all, worker or api");
    }
}
