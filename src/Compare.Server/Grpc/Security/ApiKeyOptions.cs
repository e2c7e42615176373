namespace Compare.Server.Grpc.Security;

/// <summary>One API key (<c>Grpc:ApiKeys:N</c>).</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds it, for the log (never the key itself).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The key: at least 16 characters.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>What it may do. Default <see cref="ApiKeyAccess.ReadWrite"/>.</summary>
    public ApiKeyAccess Access { get; set; } = ApiKeyAccess.ReadWrite;
}
