using Google.Protobuf.WellKnownTypes;

namespace Compare.Server.Grpc.Errors;

/// <summary>Checks of single request fields; each failure is INVALID_ARGUMENT naming the field.</summary>
internal static class Fields
{
    /// <summary>Longest id of any kind (story, outlet, schedule, watch, run).</summary>
    public const int MaxIdLength = 200;

    // Timestamp's valid range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
    private const long MinSeconds = -62135596800;
    private const long MaxSeconds = 253402300799;

    /// <summary>A required id: not empty, at most <see cref="MaxIdLength"/> characters, no control characters.</summary>
    public static string Id(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RpcErrors.InvalidArgument(field, "is empty");
        }

        if (value.Length > MaxIdLength || value.Any(char.IsControl))
        {
            throw RpcErrors.InvalidArgument(field, $"is not an id (at most {MaxIdLength} printable characters)");
        }

        return value;
    }

    /// <summary>An id of the kind users choose: lower-case letters, digits and dashes.</summary>
    public static string Slug(string value, string field)
    {
        Id(value, field);
        return value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? value
            : throw RpcErrors.InvalidArgument(field, $"'{value}' must be lower-case letters, digits and dashes");
    }

    /// <summary>Text with an upper length: longer is RESOURCE_EXHAUSTED.</summary>
    public static string Text(string value, string field, int maxChars) =>
        value.Length > maxChars ? throw RpcErrors.ResourceExhausted(field, $"is {value.Length} characters long; at most {maxChars}") : value;

    /// <summary>An optional timestamp, checked against protobuf's valid range.</summary>
    public static DateTimeOffset? Time(Timestamp? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Seconds is < MinSeconds or > MaxSeconds || value.Nanos is < 0 or > 999_999_999)
        {
            throw RpcErrors.InvalidArgument(field, "is not a valid time (years 1 to 9999, nanos 0 to 999,999,999)");
        }

        return value.ToDateTimeOffset();
    }

    /// <summary>An absolute http(s) URL.</summary>
    public static Uri HttpUrl(string value, string field) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw RpcErrors.InvalidArgument(field, $"'{Shorten(value)}' is not an absolute http(s) URL");

    public static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
