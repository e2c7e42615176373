namespace Compare.Core.Analysis.Evaluation;

/// <summary>What <c>compare eval</c> prints: per topic, and summed over the held-out topics and over the rest.</summary>
public sealed record EvaluationReport(IReadOnlyList<TopicScore> Topics, TopicScore HeldOut, TopicScore Rest);
