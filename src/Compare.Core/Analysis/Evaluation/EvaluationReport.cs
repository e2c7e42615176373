namespace Compare.Core.Analysis.Evaluation;

/// <summary>
/// What <c>compare eval</c> prints: per topic, and summed over the held-out topics and over the rest; and the held-out
/// stories (<c>seeds/heldout-stories</c>), each and summed (<see cref="HeldOutStories"/> is null when there are none).
/// </summary>
public sealed record EvaluationReport(IReadOnlyList<TopicScore> Topics, TopicScore HeldOut, TopicScore Rest)
{
    public IReadOnlyList<TopicScore> Stories { get; init; } = [];

    public TopicScore? HeldOutStories { get; init; }
}
