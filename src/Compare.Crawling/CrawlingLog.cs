using Microsoft.Extensions.Logging;

namespace Compare.Crawling;

internal static partial class CrawlingLog
{
    [LoggerMessage(EventId = 2001, EventName = "Redirected", Level = LogLevel.Debug, Message = "Redirect {From} -> {To}")]
    public static partial void Redirected(ILogger logger, Uri from, Uri to);

    [LoggerMessage(EventId = 2002, EventName = "UrlFailed", Level = LogLevel.Warning, Message = "Outlet {OutletId}: {Url}: {Error}")]
    public static partial void UrlFailed(ILogger logger, string outletId, string url, string error);

    [LoggerMessage(EventId = 2003, EventName = "OutletCrawled", Level = LogLevel.Information,
        Message = "Outlet {OutletId}: {Fetched} fetched, {NotModified} not modified, {New} new, {Revised} revised, {Duplicates} duplicates, {Skipped} skipped by robots, {Errors} errors")]
    public static partial void OutletCrawled(ILogger logger, string outletId, int fetched, int notModified, int @new, int revised, int duplicates, int skipped, int errors);

    [LoggerMessage(EventId = 2004, EventName = "RobotsFetched", Level = LogLevel.Debug, Message = "robots.txt of {Authority}: HTTP {Status}")]
    public static partial void RobotsFetched(ILogger logger, string authority, int status);

    [LoggerMessage(EventId = 2005, EventName = "NearDuplicate", Level = LogLevel.Information,
        Message = "Article {ArticleId} ({Url}) near-duplicates {OriginalId} (SimHash distance {Distance})")]
    public static partial void NearDuplicate(ILogger logger, string articleId, Uri url, string originalId, int distance);

    [LoggerMessage(EventId = 2006, EventName = "LeaseRenewalFailed", Level = LogLevel.Warning,
        Message = "Could not renew the lease on {Count} pages in progress (another worker may take them over): {Error}")]
    public static partial void LeaseRenewalFailed(ILogger logger, int count, string error);

    [LoggerMessage(EventId = 2007, EventName = "NearDuplicateOfLater", Level = LogLevel.Information,
        Message = "Article {ArticleId}, stored by another worker at the same time, near-duplicates {OriginalId} (SimHash distance {Distance})")]
    public static partial void NearDuplicateOfLater(ILogger logger, string articleId, string originalId, int distance);
}
