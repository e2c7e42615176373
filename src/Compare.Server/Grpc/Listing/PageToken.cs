using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Compare.Server.Grpc.Errors;
using Compare.Storage.Stories;

namespace Compare.Server.Grpc.Listing;

/// <summary>
/// The page token of ListStories: the last story of the page (update time, id) and a fingerprint of the filters, in URL-safe
/// base64. A token used with other filters, or not made here, is INVALID_ARGUMENT naming page_token.
/// </summary>
internal static class PageToken
{
    public static string Make(StoryCursor cursor, string filters)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var text = string.Create(CultureInfo.InvariantCulture, $"1|{cursor.UpdatedAt.UtcTicks}|{Fingerprint(filters)}|{cursor.Id}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    public static StoryCursor? Read(string token, string filters)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|', 4);
        }
        catch (FormatException)
        {
            throw RpcErrors.InvalidArgument("page_token", "is not a page token of ListStories (pass next_page_token as received)");
        }

        if (parts.Length != 4 || parts[0] != "1" || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks || parts[3].Length == 0)
        {
            throw RpcErrors.InvalidArgument("page_token", "is not a page token of ListStories (pass next_page_token as received)");
        }

        return parts[2] == Fingerprint(filters)
            ? new StoryCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[3])
            : throw RpcErrors.InvalidArgument("page_token", "was made for other filters: send the same filters with it, or no token for a first page");
    }

    private static string Fingerprint(string filters) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(filters)).AsSpan(0, 6));
}
