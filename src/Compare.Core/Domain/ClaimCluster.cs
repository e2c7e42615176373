namespace Compare.Core.Domain;

/// <summary>Claims of several outlets that state the same fact; one outlet may contribute several restatements.</summary>
/// <param name="Id">Identifier within the comparison (<c>c001</c>).</param>
/// <param name="Label">A short representative text of the fact (the most central claim's sentence).</param>
/// <param name="Claims">The claims, grouped by nothing: filter by <see cref="Claim.OutletId"/>.</param>
/// <param name="Salience">0..1: how central the fact is to the story (how many outlets carry it, how check-worthy it is).</param>
public sealed record ClaimCluster(string Id, string Label, IReadOnlyList<Claim> Claims, double Salience)
{
    /// <summary>The outlets that state the fact.</summary>
    public IReadOnlyList<string> OutletIds => Claims.Select(c => c.OutletId).Distinct(StringComparer.Ordinal).ToList();
}
