using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Compare.Crawling.Http;

/// <summary>
/// Decodes a body the way browsers do: a byte-order mark wins, then the Content-Type charset, then a
/// <c>&lt;meta charset&gt;</c> or XML declaration in the first 1024 bytes, then UTF-8. Servers often declare UTF-8 for
/// bytes that are not: when the chosen encoding is UTF-8 and the bytes are invalid UTF-8, the page's own declaration
/// is tried, and windows-1252 (what such pages nearly always are) after it.
/// </summary>
internal static partial class CharsetDecoder
{
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body[3..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(body[2..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(body[2..]);
        }

        var declared = Declared(body);
        var encoding = Lookup(headerCharset) ?? declared ?? Encoding.UTF8;
        if (encoding.CodePage == Encoding.UTF8.CodePage && !Utf8.IsValid(body))
        {
            encoding = declared is { } d && d.CodePage != Encoding.UTF8.CodePage ? d : Encoding.GetEncoding(1252);
        }

        return encoding.GetString(body);
    }

    /// <summary>The encoding named by a meta tag or XML declaration near the start, or null.</summary>
    private static Encoding? Declared(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = MetaCharset().Match(head);
        if (!match.Success)
        {
            match = XmlEncoding().Match(head);
        }

        return match.Success ? Lookup(match.Groups["cs"].Value) : null;
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            // HTML treats a declared UTF-16 in a byte stream without a BOM as UTF-8, and latin1 as windows-1252.
            return encoding.CodePage switch
            {
                1200 or 1201 => Encoding.UTF8,
                28591 => Encoding.GetEncoding(1252),
                _ => encoding,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml[^>]+encoding\s*=\s*[""'](?<cs>[A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
