using Microsoft.Extensions.Configuration;

namespace Compare.Crawling.Configuration;

/// <summary>
/// The configuration a command-line crawl reads: the shipped <c>outlets.json</c> next to the program, then an optional
/// file the user names, then <c>COMPARE_</c> environment variables (<c>COMPARE_Crawler__ContactUrl</c>), then overrides.
/// </summary>
public static class CrawlingConfiguration
{
    /// <summary>Name of the shipped configuration file, copied next to every program that references Compare.Crawling.</summary>
    public const string ShippedFileName = "outlets.json";

    public static IConfigurationRoot Load(string? userFile, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, ShippedFileName), optional: false, reloadOnChange: false);
        if (userFile is not null)
        {
            if (!File.Exists(userFile))
            {
                throw new FileNotFoundException($"configuration file {Path.GetFullPath(userFile)} not found", userFile);
            }

            // A user file replaces the shipped outlet list rather than merging into it index by index.
            builder = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(userFile), optional: false, reloadOnChange: false);
        }

        return builder
            .AddEnvironmentVariables("COMPARE_")
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
    }
}
