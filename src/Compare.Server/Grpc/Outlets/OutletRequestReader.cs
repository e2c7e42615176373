using Compare.Crawling.Configuration;
using Compare.Server.Grpc.Errors;
using Microsoft.Extensions.Options;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Outlets;

/// <summary>Checks an outlet of UpsertOutlet and maps it to the crawler's <see cref="OutletConfig"/>; every error names the field.</summary>
internal sealed class OutletRequestReader(IOptions<GrpcOptions> options)
{
    private const int MaxSources = 50;
    private const int MaxHosts = 50;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    public OutletConfig Read(Proto.UpsertOutletRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = request.Outlet ?? throw RpcErrors.InvalidArgument("outlet", "is missing");
        var config = new OutletConfig
        {
            Id = Fields.Slug(o.Id, "outlet.id"),
            Name = Required(o.Name, "outlet.name"),
            HomeUrl = Fields.HttpUrl(o.HomeUrl, "outlet.home_url").AbsoluteUri,
            Language = Language(o.Language),
            Enabled = o.Enabled,
            CrawlDelay = o.CrawlDelayMs == 0 ? null : Delay(o.CrawlDelayMs),
        };
        if (o.Sources.Count == 0)
        {
            throw RpcErrors.InvalidArgument("outlet.sources", "is empty: give at least one feed, sitemap or folder");
        }

        if (o.Sources.Count > MaxSources)
        {
            throw RpcErrors.ResourceExhausted("outlet.sources", $"{o.Sources.Count} sources; at most {MaxSources}");
        }

        for (var i = 0; i < o.Sources.Count; i++)
        {
            config.Sources.Add(Source(o.Sources[i], $"outlet.sources[{i}]"));
        }

        if (o.AllowedHosts.Count > MaxHosts)
        {
            throw RpcErrors.ResourceExhausted("outlet.allowed_hosts", $"{o.AllowedHosts.Count} hosts; at most {MaxHosts}");
        }

        for (var i = 0; i < o.AllowedHosts.Count; i++)
        {
            var host = o.AllowedHosts[i].Trim();
            if (Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
            {
                throw RpcErrors.InvalidArgument($"outlet.allowed_hosts[{i}]", $"'{Fields.Shorten(host)}' is not a host name");
            }

            config.AllowedHosts.Add(host);
        }

        return config;
    }

    private SourceConfig Source(Proto.OutletSource s, string field)
    {
        switch (s.Kind)
        {
            case Proto.OutletSourceKind.Feed:
                return new SourceConfig { Kind = SourceKind.Feed, Url = Fields.HttpUrl(s.Location, field + ".location").AbsoluteUri };
            case Proto.OutletSourceKind.Sitemap:
                return new SourceConfig { Kind = SourceKind.Sitemap, Url = Fields.HttpUrl(s.Location, field + ".location").AbsoluteUri };
            case Proto.OutletSourceKind.Folder:
                if (!options.Value.AllowFolderSources)
                {
                    throw RpcErrors.PermissionDenied(
                        $"{field}: folder sources read files on the server's disk and are off for the API (Grpc:AllowFolderSources); use a feed or sitemap");
                }

                return new SourceConfig { Kind = SourceKind.Folder, Path = Required(s.Location, field + ".location") };
            default:
                throw RpcErrors.InvalidArgument(field + ".kind", "is not set: FEED, SITEMAP or FOLDER");
        }
    }

    private static string Required(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RpcErrors.InvalidArgument(field, "is empty");
        }

        return Fields.Text(value, field, Fields.MaxIdLength).Trim();
    }

    private static string Language(string value)
    {
        if (value.Length == 0)
        {
            return "en";
        }

        return value.Length <= 35 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(value[0])
            ? value
            : throw RpcErrors.InvalidArgument("outlet.language", $"'{Fields.Shorten(value)}' is not a BCP 47 language tag (\"en\", \"de-CH\")");
    }

    private static TimeSpan Delay(int milliseconds)
    {
        var delay = TimeSpan.FromMilliseconds(milliseconds);
        return milliseconds < 0 || delay > MaxDelay
            ? throw RpcErrors.InvalidArgument("outlet.crawl_delay_ms", $"is {milliseconds}; it must be 0..{(int)MaxDelay.TotalMilliseconds}")
            : delay;
    }
}
