using Microsoft.Extensions.FileSystemGlobbing;

namespace Compare.Crawling.Discovery;

/// <summary>
/// HTML files matched by a glob (<c>seeds/corpus/*/harbor-courier.html</c>). A relative glob is taken from the content
/// root when one is configured, else from the current folder or the nearest parent folder where it matches, then from
/// the program's folder upward, so <c>compare crawl</c> works from any folder of a clone (or from outside one).
/// </summary>
public static class FolderSource
{
    public static IReadOnlyList<string> Files(string glob, string? contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(glob);
        glob = glob.Replace('\\', '/');
        if (Path.IsPathRooted(glob))
        {
            var (root, pattern) = SplitRooted(glob);
            return Match(root, pattern);
        }

        if (contentRoot is not null)
        {
            return Match(Path.GetFullPath(contentRoot), glob);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var found = Match(dir.FullName, glob);
                if (found.Count > 0)
                {
                    return found;
                }
            }
        }

        return [];
    }

    private static List<string> Match(string root, string pattern)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        return matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Splits <c>/data/site/*/a.html</c> into the folder before the first wildcard and the rest.</summary>
    private static (string Root, string Pattern) SplitRooted(string glob)
    {
        var parts = glob.Split('/');
        var firstWild = Array.FindIndex(parts, p => p.Contains('*', StringComparison.Ordinal) || p.Contains('?', StringComparison.Ordinal));
        if (firstWild < 0)
        {
            firstWild = parts.Length - 1;
        }

        var root = string.Join('/', parts[..firstWild]);
        return (root.Length == 0 ? "/" : root, string.Join('/', parts[firstWild..]));
    }
}
