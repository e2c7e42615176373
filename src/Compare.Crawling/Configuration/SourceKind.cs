namespace Compare.Crawling.Configuration;

/// <summary>Where an outlet's article URLs come from.</summary>
public enum SourceKind
{
    /// <summary>An RSS 2.0, Atom or JSON Feed URL (the format is read from the content).</summary>
    Feed,

    /// <summary>A sitemap or sitemap index (news sitemaps and gzipped ones too).</summary>
    Sitemap,

    /// <summary>HTML files on disk, matched by a glob such as <c>seeds/corpus/*/harbor-courier.html</c>.</summary>
    Folder,
}
