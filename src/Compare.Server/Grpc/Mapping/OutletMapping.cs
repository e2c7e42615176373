using Compare.Crawling.Configuration;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Mapping;

internal static class OutletMapping
{
    public static Proto.Outlet ToProto(CrawlOutlet o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new Proto.Outlet
        {
            Id = o.Id,
            Name = o.Outlet.Name,
            HomeUrl = o.Outlet.HomeUrl.AbsoluteUri,
            Language = o.Outlet.Language,
            Enabled = o.Enabled,
            CrawlDelayMs = o.CrawlDelay is { } d ? (int)Math.Min(int.MaxValue, d.TotalMilliseconds) : 0,
            AllowedHosts = { o.AllowedHosts },
            Sources =
            {
                o.Sources.Select(s => new Proto.OutletSource
                {
                    Kind = s.Kind switch
                    {
                        SourceKind.Feed => Proto.OutletSourceKind.Feed,
                        SourceKind.Sitemap => Proto.OutletSourceKind.Sitemap,
                        _ => Proto.OutletSourceKind.Folder,
                    },
                    Location = s.Url?.AbsoluteUri ?? s.Path ?? string.Empty,
                }),
            },
        };
    }
}
