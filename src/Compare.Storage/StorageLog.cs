using Microsoft.Extensions.Logging;

namespace Compare.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 1001, EventName = "MigrationApplied", Level = LogLevel.Information,
        Message = "Database {Path}: applied schema migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, string path, int version, string name);
}
