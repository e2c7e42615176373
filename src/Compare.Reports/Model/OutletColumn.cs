using Compare.Core.Domain;

namespace Compare.Reports.Model;

/// <summary>One outlet as a report shows it: a column of the matrix, a row of the charts.</summary>
/// <param name="Id">The outlet id.</param>
/// <param name="Name">Display name (the id when the comparison does not name the outlet).</param>
/// <param name="HomeUrl">Home page, or null when the comparison does not list the outlet.</param>
/// <param name="Articles">The outlet's compared articles, oldest first.</param>
/// <param name="Tally">Its facts per coverage state.</param>
internal sealed record OutletColumn(string Id, string Name, Uri? HomeUrl, IReadOnlyList<ComparedArticle> Articles, OutletTally Tally);
