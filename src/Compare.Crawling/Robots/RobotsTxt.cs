using System.Globalization;

namespace Compare.Crawling.Robots;

/// <summary>
/// A parsed robots.txt per RFC 9309: groups of user-agent lines with their allow/disallow rules, the group for our
/// product token chosen case-insensitively (all matching groups merged, else the <c>*</c> groups), the longest
/// matching pattern deciding and allow winning a tie, <c>/robots.txt</c> always allowed. Also reads the widely used
/// Crawl-delay and Sitemap lines. No maintained .NET package implements RFC 9309, hence this parser.
/// </summary>
internal sealed class RobotsTxt
{
    /// <summary>RFC 9309 §2.5: crawlers must parse at least 500 KiB; the rest is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly List<RobotsRule> _rules;

    private RobotsTxt(List<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, bool disallowAll)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        DisallowAll = disallowAll;
    }

    /// <summary>Everything allowed (no robots.txt, or a 4xx answer).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, [], false);

    /// <summary>Nothing allowed (a 5xx answer or an unreachable host, for a while).</summary>
    public static RobotsTxt DisallowEverything { get; } = new([], null, [], true);

    public TimeSpan? CrawlDelay { get; }

    public IReadOnlyList<string> Sitemaps { get; }

    public bool DisallowAll { get; }

    public static RobotsTxt Parse(string content, string productToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            content = content[..MaxBytes];
        }

        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (!lastWasAgent || current is null)
                    {
                        current = new Group();
                        groups.Add(current);
                    }

                    current.Agents.Add(value);
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0)
                    {
                        current.Rules.Add(new RobotsRule(key == "allow", NormalizePattern(value)));
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 86400)
                    {
                        current.Delay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                case "sitemap":
                    if (value.Length > 0)
                    {
                        sitemaps.Add(value);
                    }

                    break;
                default:
                    break;
            }

            lastWasAgent = false;
        }

        var mine = groups.Where(g => g.Agents.Any(a => a.Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Any(a => a == "*")).ToList();
        }

        return new RobotsTxt(mine.SelectMany(g => g.Rules).ToList(), mine.Select(g => g.Delay).Max(), sitemaps, false);
    }

    /// <summary>Whether <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;
        if (path == "/robots.txt")
        {
            return true;
        }

        if (DisallowAll)
        {
            return false;
        }

        RobotsRule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<RobotsRule> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }

    /// <summary>Patterns are compared with the URL's percent-encoded path, so encode what the file may list unencoded.</summary>
    private static string NormalizePattern(string value)
    {
        if (!value.StartsWith('/') && !value.StartsWith('*'))
        {
            value = "/" + value;
        }

        return Uri.TryCreate("http://h" + value.Replace("*", "%2A", StringComparison.Ordinal), UriKind.Absolute, out var u)
            ? u.PathAndQuery.Replace("%2A", "*", StringComparison.Ordinal).Replace("%24", "$", StringComparison.Ordinal)
            : value;
    }
}
