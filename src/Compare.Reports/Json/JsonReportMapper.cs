using System.Text.Json;
using Compare.Core.Domain;
using Compare.Reports.Model;

namespace Compare.Reports.Json;

/// <summary>Maps the report model to the JSON schema's records. Enum values become camelCase names ("notStated").</summary>
internal static class JsonReportMapper
{
    public static JsonReport Map(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var c = model.Comparison;
        var outletsById = c.Outlets.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new JsonReport(
            JsonReport.CurrentSchemaVersion,
            new JsonStory(c.StoryId, c.Label),
            c.ComparedAt,
            model.FirstPublished is { } from && model.LastPublished is { } to ? new JsonTimeRange(from, to) : null,
            model.Outlets.Select(o => new JsonOutlet(
                o.Id,
                o.Name,
                o.HomeUrl?.AbsoluteUri,
                outletsById.GetValueOrDefault(o.Id)?.Language,
                new JsonTally(o.Tally.Agree, o.Tally.Differ, o.Tally.Omitted, o.Tally.Unique))).ToList(),
            c.Articles.Select(a => new JsonArticle(a.ArticleId, a.OutletId, a.OutletName, a.Url.AbsoluteUri, a.Title, a.PublishedAt, a.Claims)).ToList(),
            model.Facts.Select(f => new JsonFact(
                f.ClusterId,
                f.Title,
                f.Label,
                f.Salience,
                f.Findings.Select(x => x.Id).ToList(),
                Coverage(model, f))).ToList(),
            c.Findings.Select(Finding).ToList(),
            c.PairAgreement.Select(p => new JsonPairAgreement(p.A, p.B, p.Shared, p.Agree, p.Differ, p.Rate)).ToList(),
            new JsonCounts(
                c.CountsByKind.OrderBy(p => p.Key).ToDictionary(p => Name(p.Key), p => p.Value, StringComparer.Ordinal),
                c.DifferencesByKind.OrderBy(p => p.Key).ToDictionary(p => Name(p.Key), p => p.Value, StringComparer.Ordinal)),
            new JsonMethod(c.Method.EngineVersion, c.Method.Embedder, c.Method.PairModel, c.Method.Notes));
    }

    /// <summary>The camelCase name of an enum value, as the schema writes it.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static Dictionary<string, string> Coverage(ReportModel model, FactRow fact)
    {
        var coverage = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Outlets.Count; i++)
        {
            coverage[model.Outlets[i].Id] = Name(fact.Cells[i]);
        }

        return coverage;
    }

    private static JsonFinding Finding(Finding f) => new(
        f.Id,
        Name(f.Kind),
        f.ClusterId,
        f.Summary,
        f.Outlets,
        f.Differences.Select(d => new JsonDifference(
            Name(d.Kind),
            d.Explanation,
            d.Values.Select(v => new JsonOutletValue(v.OutletId, v.Value, v.Text, v.Attribution, v.Stated)).ToList())).ToList(),
        f.Evidence.Select(e => new JsonEvidence(e.OutletId, e.ArticleId, e.Url.AbsoluteUri, e.Sentence, e.Start, e.Length)).ToList(),
        f.Confidence,
        f.Salience);
}
