namespace Compare.Server.Grpc.Security;

/// <summary>What an API key may do.</summary>
public enum ApiKeyAccess
{
    /// <summary>Read calls only; a state-changing call with it is refused with PERMISSION_DENIED.</summary>
    Read,

    /// <summary>Every call.</summary>
    ReadWrite,
}
