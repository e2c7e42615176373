using System.Security.Cryptography;
using System.Text;

namespace Compare.Core.Analysis.Embeddings;

/// <summary>The cache key of a text: SHA-256 of its UTF-8 bytes, hex; the same key a storage-backed cache can index.</summary>
public static class EmbeddingKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
