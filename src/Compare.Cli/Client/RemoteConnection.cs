using System.CommandLine;
using Compare.Protos.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Compare.Cli.Client;

/// <summary>The server a client command talks to, and the key it sends: made from the parsed <c>--server</c> and <c>--api-key</c>.</summary>
internal sealed class RemoteConnection(Option<Uri> server, Option<string?> key)
{
    public const string KeyVariable = "COMPARE_API_KEY";

    /// <summary>Runs <paramref name="call"/> with clients on one channel; a gRPC error is printed as the server said it, exit code 1.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<Clients, Task<int>> call)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(call);
        var address = parse.GetValue(server)!;
        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var headers = new Metadata();
        if (Key(parse) is { } apiKey)
        {
            headers.Add("x-api-key", apiKey);
        }

        try
        {
            return await call(new Clients(new ComparisonService.ComparisonServiceClient(channel), new CrawlService.CrawlServiceClient(channel), headers))
                .ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled)
        {
            return 130;
        }
        catch (RpcException ex)
        {
            await Console.Error.WriteLineAsync(ex.StatusCode == StatusCode.Unavailable
                ? $"compare: no Compare server answers at {address} ({ex.Status.Detail}); start it with 'dotnet run --project src/Compare.Server'"
                : $"compare: {ex.StatusCode}: {ex.Status.Detail}").ConfigureAwait(false);
            return ex.StatusCode is StatusCode.InvalidArgument or StatusCode.Unauthenticated or StatusCode.PermissionDenied ? 2 : 1;
        }
    }

    private string? Key(ParseResult parse)
    {
        if (parse.GetValue(key) is { Length: > 0 } given)
        {
            return given;
        }

        if (Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } variable)
        {
            return variable;
        }

        var file = Path.Combine(Directory.GetCurrentDirectory(), "data", "api-key");
        return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }
}
