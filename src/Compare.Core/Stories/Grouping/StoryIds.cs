using System.Security.Cryptography;
using System.Text;

namespace Compare.Core.Stories.Grouping;

/// <summary>Story identifiers: <c>s-</c> and 10 hex digits of the SHA-256 of the article that started the story, so a rebuild gives the same ids.</summary>
public static class StoryIds
{
    public static string For(string firstArticleId)
    {
        ArgumentNullException.ThrowIfNull(firstArticleId);
        return "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(firstArticleId)))[..10];
    }
}
