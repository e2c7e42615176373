namespace Compare.Core.Analysis.Claims;

/// <summary>A sentence's check-worthiness: the 0..1 score (logistic of the summed weights) and the features that made it.</summary>
internal sealed record CheckWorthiness(double Score, IReadOnlyList<CheckWorthinessFeature> Features)
{
    /// <summary>"figures +1.40, question -3.00, ...": the explanation in one line.</summary>
    public string Explain() =>
        string.Join(", ", Features.Select(f => f.Name + " " + f.Weight.ToString("+0.00;-0.00",
            System.Globalization.CultureInfo.InvariantCulture)
            + (f.Evidence is null ? string.Empty : " (" + f.Evidence + ")")));
}
