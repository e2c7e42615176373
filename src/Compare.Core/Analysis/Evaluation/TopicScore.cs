namespace Compare.Core.Analysis.Evaluation;

/// <summary>The engine's scores on one corpus topic (or a group of topics, summed).</summary>
/// <param name="Topic">Topic id, or the group name.</param>
/// <param name="HeldOut">Whether the topic is held out from tuning.</param>
/// <param name="Alignment">Cross-outlet sentence pairs put in one fact, against the gold facts.</param>
/// <param name="Difference">(fact, outlet pair) differences found, against the gold differences.</param>
/// <param name="KindsRight">Of the differences found rightly, those whose kinds equal the gold kinds exactly.</param>
/// <param name="Omission">(fact, outlet) omissions reported, against the gold omissions.</param>
public sealed record TopicScore(string Topic, bool HeldOut, Score Alignment, Score Difference, int KindsRight, Score Omission)
{
    /// <summary>Kinds right / differences found rightly.</summary>
    public double KindAccuracy => Difference.TruePositives == 0 ? 0 : (double)KindsRight / Difference.TruePositives;

    public static TopicScore Sum(string name, bool heldOut, IEnumerable<TopicScore> scores)
    {
        var list = scores.ToList();
        return new TopicScore(name, heldOut,
            list.Select(s => s.Alignment).Aggregate(new Score(0, 0, 0), Score.Add),
            list.Select(s => s.Difference).Aggregate(new Score(0, 0, 0), Score.Add),
            list.Sum(s => s.KindsRight),
            list.Select(s => s.Omission).Aggregate(new Score(0, 0, 0), Score.Add));
    }
}
