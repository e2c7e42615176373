namespace Compare.Core.Analysis.Evaluation;

/// <summary>Counts of a detection task and the precision, recall and F1 they give.</summary>
/// <param name="TruePositives">Found and in the gold.</param>
/// <param name="FalsePositives">Found, not in the gold.</param>
/// <param name="FalseNegatives">In the gold, not found.</param>
/// <param name="Unlabeled">Found about sentences the gold does not cover: not scored, reported so nothing hides.</param>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, int Unlabeled = 0)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives, a.Unlabeled + b.Unlabeled);
    }

    public static Score Add(Score a, Score b) => a + b;
}
