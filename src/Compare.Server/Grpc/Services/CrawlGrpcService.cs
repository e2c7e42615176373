using Compare.Server.Grpc.Crawls;
using Compare.Server.Grpc.Errors;
using Compare.Server.Grpc.Mapping;
using Compare.Server.Grpc.Outlets;
using Compare.Server.Grpc.Schedules;
using Grpc.Core;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Services;

/// <summary><c>compare.v1.CrawlService</c>: validate, map, delegate.</summary>
internal sealed class CrawlGrpcService(OutletRegistry outlets, OutletRequestReader reader, ICrawlRuns runs, ScheduleRequests schedules)
    : Proto.CrawlService.CrawlServiceBase
{
    public override Task<Proto.ListOutletsResponse> ListOutlets(Proto.ListOutletsRequest request, ServerCallContext context) =>
        Task.FromResult(new Proto.ListOutletsResponse { Outlets = { outlets.List().Select(OutletMapping.ToProto) } });

    public override async Task<Proto.Outlet> UpsertOutlet(Proto.UpsertOutletRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outlet = await outlets.UpsertAsync(reader.Read(request), context.CancellationToken).ConfigureAwait(false);
        return OutletMapping.ToProto(outlet);
    }

    public override async Task<Proto.RemoveOutletResponse> RemoveOutlet(Proto.RemoveOutletRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        await outlets.RemoveAsync(Fields.Id(request.Id, "id"), context.CancellationToken).ConfigureAwait(false);
        return new Proto.RemoveOutletResponse();
    }

    public override Task<Proto.CrawlRun> TriggerCrawl(Proto.TriggerCrawlRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return runs.TriggerAsync(request.OutletIds, context.CancellationToken);
    }

    public override Task<Proto.CrawlRun> GetCrawlRun(Proto.GetCrawlRunRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return runs.GetAsync(request.Id, context.CancellationToken);
    }

    public override Task<Proto.Schedule> ScheduleCrawl(Proto.ScheduleCrawlRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return schedules.AddAsync(request, context.CancellationToken);
    }

    public override async Task<Proto.ListSchedulesResponse> ListSchedules(Proto.ListSchedulesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Proto.ListSchedulesResponse { Schedules = { await schedules.ListAsync(context.CancellationToken).ConfigureAwait(false) } };
    }

    public override async Task<Proto.DeleteScheduleResponse> DeleteSchedule(Proto.DeleteScheduleRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        await schedules.RemoveAsync(Fields.Id(request.Id, "id"), context.CancellationToken).ConfigureAwait(false);
        return new Proto.DeleteScheduleResponse();
    }
}
