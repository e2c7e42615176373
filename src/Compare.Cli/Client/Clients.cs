using Compare.Protos.V1;
using Grpc.Core;

namespace Compare.Cli.Client;

/// <summary>The two service clients of one channel, and the headers (the API key) every call sends.</summary>
internal sealed record Clients(ComparisonService.ComparisonServiceClient Comparisons, CrawlService.CrawlServiceClient Crawls, Metadata Headers)
{
    public CallOptions Options(CancellationToken cancellationToken) => new(Headers, cancellationToken: cancellationToken);
}
