using System.Security.Cryptography;
using System.Text;

namespace Compare.Storage.Articles;

/// <summary>Article ids: the first 16 bytes of SHA-256 of the canonical URL, in hex, so the same URL gets the same id anywhere.</summary>
public static class ArticleIds
{
    public static string FromUrl(Uri canonicalUrl)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalUrl.AbsoluteUri)).AsSpan(0, 16));
    }
}
