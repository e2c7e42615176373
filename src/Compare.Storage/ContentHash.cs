using System.Security.Cryptography;
using System.Text;

namespace Compare.Storage;

/// <summary>
/// The key under which text is compared and cached: lower-case hex SHA-256 of the UTF-8 text. Stable across processes
/// and machines, unlike <see cref="string.GetHashCode()"/>.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
