namespace Compare.Crawling.Http;

public enum FetchStatus
{
    /// <summary>2xx with an accepted body.</summary>
    Ok,

    /// <summary>304: the stored copy is current.</summary>
    NotModified,

    /// <summary>Anything else; <see cref="FetchResult.Error"/> says what.</summary>
    Failed,
}
