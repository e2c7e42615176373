using System.Threading.Channels;
using Compare.Core.Analysis.Engine;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Comparisons;

/// <summary>
/// Engine progress as CompareStream events. The engine reports synchronously from its own thread; the events queue here
/// and one writer sends them, as a gRPC response stream takes one write at a time. Done is not sent: the report follows.
/// </summary>
internal sealed class StreamProgress : IProgress<ComparisonProgress>
{
    private readonly Channel<Proto.CompareEvent> _events = Channel.CreateUnbounded<Proto.CompareEvent>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Proto.CompareEvent> Events => _events.Reader;

    public void Report(ComparisonProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Stage == ComparisonStage.Done)
        {
            return;
        }

        _events.Writer.TryWrite(new Proto.CompareEvent
        {
            Progress = new Proto.CompareProgress { Stage = Stage(value.Stage), Done = value.Done, Total = value.Total, Message = value.Message },
        });
    }

    public void Complete() => _events.Writer.TryComplete();

    private static string Stage(ComparisonStage stage) => stage switch
    {
        ComparisonStage.Segmenting => "segmenting",
        ComparisonStage.Embedding => "embedding",
        ComparisonStage.Aligning => "aligning",
        ComparisonStage.Classifying => "classifying",
        _ => "done",
    };
}
