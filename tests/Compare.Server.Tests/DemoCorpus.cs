using System.Text.Json;
using System.Text.RegularExpressions;

namespace Compare.Server.Tests;

/// <summary>The demo topics and the canonical URLs of their articles, read from the corpus files (gold.json and each page's canonical link).</summary>
internal static partial class DemoCorpus
{
    public static IReadOnlyList<(string Topic, IReadOnlyList<string> Urls)> Topics()
    {
        var list = new List<(string, IReadOnlyList<string>)>();
        foreach (var gold in Directory.GetFiles(RepoPaths.Corpus, "gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(gold));
            var folder = Path.GetDirectoryName(gold)!;
            var urls = doc.RootElement.GetProperty("articles").EnumerateArray()
                .Select(a => Canonical().Match(File.ReadAllText(Path.Combine(folder, a.GetProperty("file").GetString()!))).Groups[1].Value)
                .ToList();
            list.Add((Path.GetFileName(folder), urls));
        }

        return list;
    }

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Canonical();
}
