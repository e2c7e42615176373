using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Compare.Server.Grpc.Errors;

/// <summary>
/// The errors the API returns. Each message says what is wrong in words; errors about one request field also carry a
/// <c>google.rpc.BadRequest</c> detail naming the field (its proto path, "outlet.sources[0].location"), for clients that read details.
/// </summary>
internal static class RpcErrors
{
    public static RpcException InvalidArgument(string field, string problem) => FieldError(Code.InvalidArgument, field, problem);

    /// <summary>Input over a configured limit (articles, characters).</summary>
    public static RpcException ResourceExhausted(string field, string problem) => FieldError(Code.ResourceExhausted, field, problem);

    public static RpcException NotFound(string message) => new(new global::Grpc.Core.Status(StatusCode.NotFound, message));

    public static RpcException AlreadyExists(string message) => new(new global::Grpc.Core.Status(StatusCode.AlreadyExists, message));

    public static RpcException FailedPrecondition(string message) => new(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, message));

    public static RpcException PermissionDenied(string message) => new(new global::Grpc.Core.Status(StatusCode.PermissionDenied, message));

    public static RpcException Unauthenticated(string message) => new(new global::Grpc.Core.Status(StatusCode.Unauthenticated, message));

    private static RpcException FieldError(Code code, string field, string problem)
    {
        var message = $"{field}: {problem}";
        var status = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = message,
            Details =
            {
                Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = problem } } }),
            },
        };
        return status.ToRpcException();
    }
}
