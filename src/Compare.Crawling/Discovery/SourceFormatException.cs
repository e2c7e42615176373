namespace Compare.Crawling.Discovery;

/// <summary>A feed or sitemap that cannot be read; the message names the URL and what is wrong.</summary>
public sealed class SourceFormatException : Exception
{
    public SourceFormatException()
    {
    }

    public SourceFormatException(string message)
        : base(message)
    {
    }

    public SourceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
