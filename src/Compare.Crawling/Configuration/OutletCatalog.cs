using Compare.Core.Domain;
using Compare.Crawling.Http;
using Microsoft.Extensions.Options;

namespace Compare.Crawling.Configuration;

/// <summary>The configured outlets, validated: every error names the outlet and the field.</summary>
public sealed class OutletCatalog
{
    private volatile IReadOnlyList<CrawlOutlet> _outlets;

    public OutletCatalog(IOptions<OutletsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _outlets = options.Value.Outlets.Select((o, i) => Resolve(o, i)).ToList();
    }

    /// <summary>The outlets; a new list after <see cref="Replace"/>, so a caller holding one sees a consistent set.</summary>
    public IReadOnlyList<CrawlOutlet> Outlets => _outlets;

    /// <summary>
    /// Replaces the outlets at run time (outlets added or removed through the API), each checked as a configured one;
    /// throws <see cref="FormatException"/> naming the bad outlet and field, and then nothing is replaced.
    /// </summary>
    public void Replace(IReadOnlyList<OutletConfig> outlets)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        _outlets = outlets.Select((o, i) => Resolve(o, i)).ToList();
    }

    /// <summary>The outlets to crawl: those named (any enabled state), or every enabled one when none is named.</summary>
    public IReadOnlyList<CrawlOutlet> Select(IReadOnlyCollection<string>? ids)
    {
        var all = _outlets;
        if (ids is null || ids.Count == 0)
        {
            return all.Where(o => o.Enabled).ToList();
        }

        var unknown = ids.Where(id => all.All(o => o.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"unknown outlet {string.Join(", ", unknown)}; configured: {string.Join(", ", all.Select(o => o.Id))}", nameof(ids));
        }

        return all.Where(o => ids.Contains(o.Id)).ToList();
    }

    /// <summary>Checks one configured outlet and returns it ready to crawl; throws <see cref="OptionsValidationException"/>-worthy messages.</summary>
    internal static CrawlOutlet Resolve(OutletConfig o, int index)
    {
        var where = $"Outlets[{index}]" + (string.IsNullOrWhiteSpace(o.Id) ? string.Empty : $" ({o.Id})");
        if (string.IsNullOrWhiteSpace(o.Id) || !o.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new FormatException($"{where}: Id '{o.Id}' must be lower-case letters, digits and dashes");
        }

        if (string.IsNullOrWhiteSpace(o.Name))
        {
            throw new FormatException($"{where}: Name is empty");
        }

        var home = HttpUrl(o.HomeUrl, $"{where}: HomeUrl");
        if (o.Sources.Count == 0)
        {
            throw new FormatException($"{where}: no Sources");
        }

        var sources = o.Sources.Select((s, j) => s.Kind == SourceKind.Folder
            ? new OutletSource(s.Kind, null, string.IsNullOrWhiteSpace(s.Path) ? throw new FormatException($"{where}: Sources[{j}] is a folder without a Path") : s.Path)
            : new OutletSource(s.Kind, HttpUrl(s.Url, $"{where}: Sources[{j}].Url"), null)).ToList();
        var hosts = o.AllowedHosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0)
            .Append(home.IdnHost)
            .Concat(sources.Where(s => s.Url is not null).Select(s => s.Url!.IdnHost))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (o.CrawlDelay is { } d && d < TimeSpan.Zero)
        {
            throw new FormatException($"{where}: CrawlDelay is negative");
        }

        AddressPolicy policy;
        try
        {
            policy = AddressPolicy.Parse(o.AllowedPrivateNetworks);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{where}: AllowedPrivateNetworks: {ex.Message}", ex);
        }

        return new CrawlOutlet(new Outlet(o.Id, o.Name, home, string.IsNullOrWhiteSpace(o.Language) ? "en" : o.Language), o.Enabled, sources, hosts, o.CrawlDelay, policy);
    }

    private static Uri HttpUrl(string? value, string what) =>
        Uri.TryCreate(value, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            ? u
            : throw new FormatException($"{what} '{value}' is not an absolute http(s) URL");
}
