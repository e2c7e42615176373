namespace Compare.Server.Grpc;

internal static partial class GrpcLog
{
    [LoggerMessage(EventId = 6001, EventName = "KeyGenerated", Level = LogLevel.Warning,
        Message = "No API key is configured (Grpc:ApiKeys): state-changing gRPC calls need the key written to {File}")]
    public static partial void KeyGenerated(ILogger logger, string file);

    [LoggerMessage(EventId = 6002, EventName = "KeyRejected", Level = LogLevel.Warning, Message = "Call {Method} from {Peer} sent an unknown API key")]
    public static partial void KeyRejected(ILogger logger, string method, string peer);

    [LoggerMessage(EventId = 6003, EventName = "CallFailed", Level = LogLevel.Error, Message = "Call {Method} failed: {Reason}")]
    public static partial void CallFailed(ILogger logger, string method, string reason, Exception exception);

    [LoggerMessage(EventId = 6004, EventName = "OutletsChanged", Level = LogLevel.Information, Message = "Outlet {OutletId} {Change} through the API")]
    public static partial void OutletsChanged(ILogger logger, string outletId, string change);

    [LoggerMessage(EventId = 6005, EventName = "OutletOverrideInvalid", Level = LogLevel.Warning,
        Message = "The stored outlet override of {OutletId} is not used: {Reason}")]
    public static partial void OutletOverrideInvalid(ILogger logger, string outletId, string reason);

    [LoggerMessage(EventId = 6006, EventName = "RunFailed", Level = LogLevel.Warning, Message = "Crawl run {RunId} failed: {Reason}")]
    public static partial void RunFailed(ILogger logger, string runId, string reason);

    [LoggerMessage(EventId = 6007, EventName = "TlsOn", Level = LogLevel.Information, Message = "gRPC over TLS with the certificate {Path}")]
    public static partial void TlsOn(ILogger logger, string path);

    [LoggerMessage(EventId = 6008, EventName = "OutletSyncFailed", Level = LogLevel.Warning,
        Message = "Outlet overrides could not be read from the store; trying again in {Interval}: {Reason}")]
    public static partial void OutletSyncFailed(ILogger logger, TimeSpan interval, string reason);
}
