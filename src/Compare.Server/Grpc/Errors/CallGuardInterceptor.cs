using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Compare.Server.Grpc.Errors;

/// <summary>
/// The outermost interceptor of the Compare services: a call stopped by its deadline or by the client ends with
/// DEADLINE_EXCEEDED or CANCELLED instead of an exception the framework would report as UNKNOWN; anything else unexpected
/// is logged with the method and ends as INTERNAL without the exception's text (which may name server paths).
/// </summary>
internal sealed class CallGuardInterceptor(TimeProvider time, ILogger<CallGuardInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    private RpcException Translate(Exception ex, ServerCallContext context)
    {
        if (ex is OperationCanceledException or InvalidOperationException && context.CancellationToken.IsCancellationRequested)
        {
            // InvalidOperationException too: writing to a response stream the client has left throws it.
            return context.Deadline <= time.GetUtcNow().UtcDateTime
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, $"{context.Method} ran past its deadline and was stopped"))
                : new RpcException(new Status(StatusCode.Cancelled, $"{context.Method} was cancelled by the client"));
        }

        GrpcLog.CallFailed(logger, context.Method, $"{ex.GetType().Name}: {ex.Message}", ex);
        return new RpcException(new Status(StatusCode.Internal, $"{context.Method} failed on the server; the server log says why"));
    }
}
