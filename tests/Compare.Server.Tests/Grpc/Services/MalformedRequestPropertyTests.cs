using Compare.Protos.V1;
using CsCheck;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Health.V1;

namespace Compare.Server.Tests.Grpc.Services;

/// <summary>
/// Random and malformed requests to every service, as values (random strings, numbers out of range, bad enums, times out of
/// range, bad page tokens) and as raw bytes that are no message at all: the server answers each with a precise status,
/// never UNKNOWN or INTERNAL, and keeps serving.
/// </summary>
public sealed class MalformedRequestPropertyTests(GrpcHostFixture host)
{
    private static readonly string[] Methods =
    [
        "ComparisonService/Compare", "ComparisonService/GetReport", "ComparisonService/ListStories", "ComparisonService/GetStory",
        "CrawlService/UpsertOutlet", "CrawlService/GetCrawlRun", "CrawlService/ScheduleCrawl", "CrawlService/DeleteSchedule",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnyRequest_RandomOrMalformed_NeverUnknownOrInternalAndTheServerKeepsServing()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<StatusCode, int>();
        await Probes().SampleAsync(async probe =>
        {
            var options = new CallOptions(GrpcHostFixture.Key(GrpcHostFixture.WriteKey), DateTime.UtcNow.AddSeconds(20), Ct);
            try
            {
                await probe.Call(host, options);
                seen.AddOrUpdate(StatusCode.OK, 1, (_, n) => n + 1);
            }
            catch (RpcException ex)
            {
                seen.AddOrUpdate(ex.StatusCode, 1, (_, n) => n + 1);
                Assert.False(ex.StatusCode is StatusCode.Unknown or StatusCode.Internal, $"{probe.Name} ended {ex.StatusCode}: {ex.Status.Detail}");
            }
        }, iter: 300, threads: 1, print: p => p.Name);

        var health = await new Health.HealthClient(host.Channel).CheckAsync(new HealthCheckRequest(), cancellationToken: Ct);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.True(seen.ContainsKey(StatusCode.InvalidArgument), string.Join(", ", seen.Select(kv => $"{kv.Key} {kv.Value}")));
    }

    /// <summary>One random call: a name for the failure message and what to send.</summary>
    public sealed record Probe(string Name, Func<GrpcHostFixture, CallOptions, Task> Call);

    private static Gen<Probe> Probes()
    {
        var text = Gen.OneOf(
            Gen.String[0, 40],
            Gen.String[Gen.Char["abcdefghij-0123 "], 0, 16],
            Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const("s-"), Gen.Const("\u0000"), Gen.Const("🙂"), Gen.Const("run-1"), Gen.Const("-1"), Gen.Const("99999999999999999999")));
        var time = Gen.Select(Gen.Long, Gen.Int, Gen.Bool, (s, n, some) => some ? new Timestamp { Seconds = s, Nanos = n } : null);
        var article = Gen.Select(text, Gen.String[0, 300], text, time, (outlet, body, url, published) =>
            new InlineArticle { Outlet = outlet, Text = body, Url = url, Title = outlet, PublishedAt = published });
        var compare = Gen.Select(Gen.Int[0, 3], text, article.Array[0, 8], Gen.Bool, (kind, value, articles, recompute) =>
        {
            var request = new CompareRequest { Recompute = recompute };
            switch (kind)
            {
                case 0: request.StoryId = value; break;
                case 1: request.TopicQuery = value; break;
                case 2: request.Inline = new InlineArticles { Label = value, Articles = { articles } }; break;
            }

            return new Probe($"Compare {request}", (h, o) => h.Comparisons.CompareAsync(request, o).ResponseAsync);
        });
        var list = Gen.Select(text, time, time, text, Gen.Int[-5, 300], Gen.OneOf(text, Gen.Byte.Array[0, 40].Select(Convert.ToBase64String)),
            (outlet, after, before, words, size, token) =>
            {
                var request = new ListStoriesRequest { OutletId = outlet, UpdatedAfter = after, UpdatedBefore = before, Text = words, PageSize = size, PageToken = token };
                return new Probe($"ListStories {request}", (h, o) => h.Comparisons.ListStoriesAsync(request, o).ResponseAsync);
            });
        var report = Gen.Select(text, Gen.Int[-3, 8], (id, format) =>
        {
            var request = new GetReportRequest { StoryId = id, Format = (ReportFormat)format };
            return new Probe($"GetReport {request}", (h, o) => h.Comparisons.GetReportAsync(request, o).ResponseAsync);
        });
        var story = text.Select(id => new Probe($"GetStory '{id}'", (h, o) => h.Comparisons.GetStoryAsync(new GetStoryRequest { Id = id }, o).ResponseAsync));
        var run = text.Select(id => new Probe($"GetCrawlRun '{id}'", (h, o) => h.Crawls.GetCrawlRunAsync(new GetCrawlRunRequest { Id = id }, o).ResponseAsync));
        var source = Gen.Select(Gen.Int[-1, 5], text, (kind, location) => new OutletSource { Kind = (OutletSourceKind)kind, Location = location });
        var upsert = Gen.Select(Gen.Bool, text, text, text, source.Array[0, 3], Gen.Int, text.Array[0, 3], (present, id, name, home, sources, delay, hosts) =>
        {
            var request = new UpsertOutletRequest
            {
                Outlet = present ? new Outlet { Id = id, Name = name, HomeUrl = home, Sources = { sources }, CrawlDelayMs = delay, AllowedHosts = { hosts }, Language = name } : null,
            };
            return new Probe($"UpsertOutlet {request}", (h, o) => h.Crawls.UpsertOutletAsync(request, o).ResponseAsync);
        });
        var schedule = Gen.Select(text, text, text, text.Array[0, 3], Gen.Bool, (cron, zone, id, outlets, watch) =>
        {
            var request = new ScheduleCrawlRequest { Cron = cron, TimeZone = zone, Id = id };
            if (watch)
            {
                request.WatchId = id;
            }
            else
            {
                request.Outlets = new OutletList { Ids = { outlets } };
            }

            return new Probe($"ScheduleCrawl {request}", (h, o) => h.Crawls.ScheduleCrawlAsync(request, o).ResponseAsync);
        });
        var delete = text.Select(id => new Probe($"DeleteSchedule '{id}'", (h, o) => h.Crawls.DeleteScheduleAsync(new DeleteScheduleRequest { Id = id }, o).ResponseAsync));
        var raw = Gen.Select(Gen.Int[0, Methods.Length - 1], Gen.Byte.Array[0, 120], (m, bytes) =>
            new Probe($"raw {Methods[m]} {Convert.ToHexString(bytes)}", (h, o) => RawAsync(h, Methods[m], bytes, o)));
        return Gen.OneOf(compare, list, report, story, run, upsert, schedule, delete, raw);
    }

    /// <summary>Bytes that may not parse as the method's request message at all.</summary>
    private static Task<byte[]> RawAsync(GrpcHostFixture h, string path, byte[] bytes, CallOptions options)
    {
        var marshaller = Marshallers.Create<byte[]>(b => b, b => b);
        var parts = path.Split('/');
        var method = new Method<byte[], byte[]>(MethodType.Unary, "compare.v1." + parts[0], parts[1], marshaller, marshaller);
        return h.Channel.CreateCallInvoker().AsyncUnaryCall(method, null, options, bytes).ResponseAsync;
    }
}
