using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Compare.Core.Corpus;
using Compare.Core.Domain;
using Compare.Crawling.Extraction;
using Compare.Crawling.Http;

namespace Compare.Cli.Reports;

/// <summary>
/// Reads the files given to <c>compare report</c> as articles. HTML goes through the crawler's extractor (main text,
/// title, site name, times). Plain text may open with a header of <c>key: value</c> lines and a blank line (title,
/// published, url, outlet, byline, language; see <see cref="ArticleHeader"/>), which gives those fields; without one the
/// text is taken as is, its first line the title. The outlet is the page's
/// <c>og:site_name</c>; without one, the file's folder when the files sit in per-outlet folders, else the file name.
/// Every file that cannot be read gets one message naming it, and the others go on.
/// </summary>
internal sealed class ArticleFileReader(ArticleExtractor extractor, int maxChars)
{
    private static readonly string[] Extensions = [".html", ".htm", ".xhtml", ".txt", ".text"];

    /// <summary>The article files of <paramref name="paths"/>: files as given, folders searched one level down.</summary>
    public static IReadOnlyList<(string File, string Root)> Expand(IEnumerable<string> paths, ICollection<string> errors)
    {
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add((Path.GetFullPath(path), Path.GetDirectoryName(Path.GetFullPath(path))!));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var found = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1 })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    errors.Add($"{path}: no .html or .txt article files in this folder");
                }

                files.AddRange(found.Select(f => (f, root)));
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        return files.Distinct().ToList();
    }

    /// <summary>The article in <paramref name="file"/>, or null with a message in <paramref name="errors"/>.</summary>
    public (Article Article, Outlet Outlet)? Read(string file, string root, ICollection<string> errors)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{file}: cannot be read: {ex.Message}");
            return null;
        }

        if (bytes.Length == 0)
        {
            errors.Add($"{file}: empty file; left out");
            return null;
        }

        if (LooksBinary(bytes))
        {
            errors.Add($"{file}: binary content, not text or HTML; left out");
            return null;
        }

        // Decodes by BOM or meta charset, and falls back from invalid UTF-8 to Windows-1252 instead of inventing U+FFFD.
        var content = CharsetDecoder.Decode(bytes, null);
        if (content.Length > maxChars)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {content.Length:N0} characters, more than the limit of {maxChars:N0} (--max-chars); left out"));
            return null;
        }

        var isHtml = Path.GetExtension(file).StartsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || Path.GetExtension(file).Equals(".xhtml", StringComparison.OrdinalIgnoreCase)
            || content.AsSpan(0, Math.Min(content.Length, 1024)).TrimStart().StartsWith("<", StringComparison.Ordinal);
        var fileUri = new Uri(file);
        string title, text;
        string? siteName = null, byline = null, language = null;
        DateTimeOffset? published = null, modified = null;
        Uri url = fileUri;
        if (isHtml)
        {
            var extracted = extractor.Extract(content, null);
            (title, text, siteName, byline, language, published, modified) =
                (extracted.Title, extracted.Text, extracted.SiteName, extracted.Byline, extracted.Language, extracted.PublishedAt, extracted.ModifiedAt);
            url = extracted.CanonicalUrl ?? fileUri;
        }
        else
        {
            text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
            var header = ArticleHeader.Read(text);
            if (header is not null)
            {
                text = text[header.BodyStart..];
                (siteName, byline, language) = (header.Value("outlet"), header.Value("byline"), header.Value("language"));
                if (!header.TryGetPublished(out published))
                {
                    errors.Add($"{file}: 'published: {header.Value("published")}' is not a date and time (ISO 8601, e.g. 2026-05-12T09:30:00Z); "
                        + "read without one, so dates such as \"on Tuesday\" stay unresolved");
                }

                if (header.Value("url") is { } link)
                {
                    if (Uri.TryCreate(link, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
                    {
                        url = parsed;
                    }
                    else
                    {
                        errors.Add($"{file}: 'url: {link}' is not an http(s) address; the file's own path stands for it");
                    }
                }
            }

            var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
            title = header?.Title ?? (firstBreak < 0 ? text : text[..firstBreak]).Trim();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{file}: no article text found; left out");
            return null;
        }

        var outletName = siteName ?? OutletFromPath(file, root);
        // An article read from a file with no web address of its own links its outlet to the folder that holds it.
        var home = url.IsFile
            ? new Uri(Path.GetDirectoryName(Path.GetFullPath(file)) + Path.DirectorySeparatorChar)
            : new Uri(url.GetLeftPart(UriPartial.Authority));
        var outlet = new Outlet(Slug(outletName), outletName, home, language ?? "en");
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..16];
        return (new Article(id, outlet.Id, url, title, byline, published, modified, language ?? "en", text), outlet);
    }

    private static string OutletFromPath(string file, string root)
    {
        var folder = Path.GetDirectoryName(file)!;
        return string.Equals(folder, root, StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(file) : Path.GetFileName(folder);
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 8192);
        var controls = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 9 || (b > 13 && b < 32))
            {
                controls++;
            }
        }

        return controls > n / 10;
    }

    /// <summary>"The Harbor Courier" → "the-harbor-courier".</summary>
    internal static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-') is { Length: > 0 } s ? s : "outlet";
    }
}
