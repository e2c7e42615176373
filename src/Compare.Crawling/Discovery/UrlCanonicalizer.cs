using System.Text;

namespace Compare.Crawling.Discovery;

/// <summary>
/// One spelling per article URL: scheme and host lower-cased, default port and fragment dropped, tracking parameters
/// (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c> and the like) removed, the other parameters kept in their order.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "twclid", "ttclid", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl",
        "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "cmpid", "ocid", "ns_mchannel", "ns_source",
        "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "smid", "smtyp", "ito", "CMP", "s_cid", "__twitter_impression", "ref_src", "ref_url",
    };

    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException($"'{url}' is not an absolute URL", nameof(url));
        }

        var builder = new UriBuilder(url)
        {
            Fragment = string.Empty,
            Host = url.IdnHost.ToLowerInvariant(),
            Scheme = url.Scheme.ToLowerInvariant(),
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        builder.Query = FilterQuery(url.Query);
        return builder.Uri;
    }

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/> and canonicalizes; null when it is not an http(s) URL.</summary>
    public static Uri? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(baseUrl, href.Trim(), out var url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return Canonicalize(url);
    }

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new StringBuilder();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=')[0]);
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(name))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? string.Empty : "&").Append(pair);
        }

        return kept.ToString();
    }
}
