namespace Compare.Crawling.Configuration;

/// <summary>A validated source: a feed or sitemap URL, or a folder glob.</summary>
public sealed record OutletSource(SourceKind Kind, Uri? Url, string? Path)
{
    public override string ToString() => Kind == SourceKind.Folder ? $"folder {Path}" : $"{Kind.ToString().ToLowerInvariant()} {Url}";
}
