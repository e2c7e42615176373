using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Compare.Crawling.Discovery;

/// <summary>
/// Reads sitemaps (sitemaps.org 0.9) and Google news sitemaps, gzipped or not: <c>urlset/url/loc</c> with
/// <c>lastmod</c> or <c>news:publication_date</c> and <c>news:title</c>, and <c>sitemapindex/sitemap/loc</c>. DTDs are
/// refused (no entity expansion) and decompression stops at the body limit (no gzip bomb). The reader is
/// ours because no maintained package reads news sitemaps; XmlReader does the parsing.
/// </summary>
public static class SitemapParser
{
    public static SitemapContent Parse(ReadOnlySpan<byte> body, Uri sitemapUrl, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(sitemapUrl);
        var bytes = body.Length > 2 && body[0] == 0x1F && body[1] == 0x8B ? Gunzip(body, sitemapUrl, maxBytes) : body.ToArray();
        var pages = new List<DiscoveredLink>();
        var sitemaps = new List<Uri>();
        try
        {
            using var stream = new MemoryStream(bytes);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true,
            });
            string? root = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                root ??= reader.LocalName;
                if (reader.LocalName is "url" or "sitemap" && reader.Depth == 1)
                {
                    ReadEntry(reader.ReadSubtree(), reader.LocalName == "sitemap", sitemapUrl, pages, sitemaps);
                }
            }

            if (root is not ("urlset" or "sitemapindex"))
            {
                throw new SourceFormatException($"{sitemapUrl}: root element is <{root}>, not <urlset> or <sitemapindex>");
            }
        }
        catch (XmlException ex)
        {
            throw new SourceFormatException($"{sitemapUrl}: not well-formed XML: {ex.Message}", ex);
        }

        return new SitemapContent(pages.DistinctBy(p => p.Url.AbsoluteUri, StringComparer.Ordinal).ToList(), sitemaps);
    }

    private static void ReadEntry(XmlReader entry, bool isSitemap, Uri baseUrl, List<DiscoveredLink> pages, List<Uri> sitemaps)
    {
        string? loc = null, lastmod = null, published = null, title = null;
        using (entry)
        {
            // ReadElementContentAsString moves to the next node itself, so only other nodes call Read.
            entry.Read();
            while (!entry.EOF)
            {
                if (entry.NodeType != XmlNodeType.Element)
                {
                    entry.Read();
                    continue;
                }

                switch (entry.LocalName)
                {
                    case "loc" when entry.Depth == 1:
                        loc = entry.ReadElementContentAsString();
                        break;
                    case "lastmod" when entry.Depth == 1:
                        lastmod = entry.ReadElementContentAsString();
                        break;
                    case "publication_date":
                        published = entry.ReadElementContentAsString();
                        break;
                    case "title" when entry.NamespaceURI.Contains("news", StringComparison.Ordinal):
                        title = entry.ReadElementContentAsString();
                        break;
                    default:
                        entry.Read();
                        break;
                }
            }
        }

        if (UrlCanonicalizer.Resolve(baseUrl, loc) is not { } url)
        {
            return;
        }

        if (isSitemap)
        {
            sitemaps.Add(url);
        }
        else
        {
            pages.Add(new DiscoveredLink(url, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), Time(published) ?? Time(lastmod)));
        }
    }

    private static byte[] Gunzip(ReadOnlySpan<byte> body, Uri url, long maxBytes)
    {
        using var input = new MemoryStream(body.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int n;
            while ((n = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > maxBytes)
                {
                    throw new SourceFormatException($"{url}: decompresses to more than {maxBytes} bytes");
                }

                output.Write(buffer, 0, n);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new SourceFormatException($"{url}: broken gzip data: {ex.Message}", ex);
        }

        return output.ToArray();
    }

    private static DateTimeOffset? Time(string? s) =>
        !string.IsNullOrWhiteSpace(s) && DateTimeOffset.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
