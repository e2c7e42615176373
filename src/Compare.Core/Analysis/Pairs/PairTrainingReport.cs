namespace Compare.Core.Analysis.Pairs;

/// <summary>What <c>compare train</c> prints: data sizes and validation metrics of the model trained on the other 80%.</summary>
/// <param name="TrainingPairs">Pairs in the 80% training split.</param>
/// <param name="ValidationPairs">Pairs in the 20% validation split (chosen by a hash of the pair id).</param>
/// <param name="PairsBySource">Pairs per source (hand, gold, contrast).</param>
/// <param name="RelationAccuracy">Share of validation pairs whose relation is right.</param>
/// <param name="SameFactPrecision">Precision of "same fact" (same or conflict) on validation.</param>
/// <param name="SameFactRecall">Recall of "same fact" on validation.</param>
/// <param name="ConflictKindAccuracy">Share of validation conflicts predicted as conflicts whose labelled kind is among the differences found.</param>
public sealed record PairTrainingReport(
    int TrainingPairs,
    int ValidationPairs,
    IReadOnlyDictionary<string, int> PairsBySource,
    double RelationAccuracy,
    double SameFactPrecision,
    double SameFactRecall,
    double ConflictKindAccuracy)
{
    public double SameFactF1 => SameFactPrecision + SameFactRecall == 0 ? 0 : 2 * SameFactPrecision * SameFactRecall / (SameFactPrecision + SameFactRecall);
}
