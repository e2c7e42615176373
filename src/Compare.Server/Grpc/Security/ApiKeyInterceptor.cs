using Compare.Server.Grpc.Errors;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Compare.Server.Grpc.Security;

/// <summary>
/// Checks <c>x-api-key</c> before a Compare call runs: state-changing calls need a read-write key (none: UNAUTHENTICATED;
/// a read-only one: PERMISSION_DENIED); read calls need any key when <see cref="GrpcOptions.RequireKeyForReads"/> is on.
/// A key that is sent but unknown is refused on every call.
/// </summary>
internal sealed class ApiKeyInterceptor(ApiKeyRing keys, IOptions<GrpcOptions> options, ILogger<ApiKeyInterceptor> logger) : Interceptor
{
    public const string Header = "x-api-key";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Check(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Check(context);
        return continuation(request, responseStream, context);
    }

    private void Check(ServerCallContext context)
    {
        var write = MethodAccess.ChangesState(context.Method);
        var presented = context.RequestHeaders.GetValue(Header);
        if (string.IsNullOrEmpty(presented))
        {
            if (write || options.Value.RequireKeyForReads)
            {
                throw RpcErrors.Unauthenticated(
                    $"{context.Method} needs an API key in metadata '{Header}'" + (keys.GeneratedKeyFile is { } file ? $" (this server's key is in {file})" : string.Empty));
            }

            return;
        }

        if (keys.Find(presented) is not { } key)
        {
            GrpcLog.KeyRejected(logger, context.Method, context.Peer);
            throw RpcErrors.Unauthenticated($"the key in metadata '{Header}' is not a key of this server");
        }

        if (write && key.Access != ApiKeyAccess.ReadWrite)
        {
            throw RpcErrors.PermissionDenied($"key '{key.Name}' may only read; {context.Method} changes state and needs a read-write key");
        }
    }
}
