namespace Compare.Crawling.Configuration;

/// <summary>One source of an outlet: a feed or sitemap URL, or a folder glob.</summary>
public sealed class SourceConfig
{
    public SourceKind Kind { get; set; }

    /// <summary>Feed or sitemap URL (for <see cref="SourceKind.Feed"/> and <see cref="SourceKind.Sitemap"/>).</summary>
    public string? Url { get; set; }

    /// <summary>Glob of HTML files (for <see cref="SourceKind.Folder"/>), relative to the content root or absolute.</summary>
    public string? Path { get; set; }

    public override string ToString() => Kind == SourceKind.Folder ? $"folder {Path}" : $"{Kind.ToString().ToLowerInvariant()} {Url}";
}
