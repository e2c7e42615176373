using System.Security.Cryptography;
using System.Text;

namespace Compare.Storage.Stories;

/// <summary>A story's member signature, computed the same way by every store.</summary>
internal static class MemberSignature
{
    /// <summary>
    /// SHA-256 of the sorted lines (<c>article:textHash</c>): the same articles in the same versions give the same signature.
    /// </summary>
    public static string Of(IEnumerable<string> lines)
    {
        var sorted = lines.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0
            ? string.Empty
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sorted))));
    }
}
