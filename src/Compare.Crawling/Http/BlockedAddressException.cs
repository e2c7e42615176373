namespace Compare.Crawling.Http;

/// <summary>The SSRF guard refused to connect: the host resolves only to addresses the outlet may not reach.</summary>
public sealed class BlockedAddressException : IOException
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
