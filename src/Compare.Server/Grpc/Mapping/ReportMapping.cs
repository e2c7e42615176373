using Compare.Core.Domain;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Mapping;

/// <summary>A Core <see cref="Comparison"/> as the API's <see cref="Proto.ComparisonReport"/>.</summary>
internal static class ReportMapping
{
    public static Proto.ComparisonReport ToProto(Comparison c, bool stored)
    {
        ArgumentNullException.ThrowIfNull(c);
        var counts = c.CountsByKind;
        var report = new Proto.ComparisonReport
        {
            StoryId = stored ? c.StoryId : string.Empty,
            Label = c.Label,
            ComparedAt = Timestamps.From(c.ComparedAt),
            Counts = new Proto.FindingCounts
            {
                Agree = counts[FindingKind.Agree],
                Differ = counts[FindingKind.Differ],
                Omitted = counts[FindingKind.Omitted],
                Unique = counts[FindingKind.Unique],
            },
            Method = new Proto.Method { EngineVersion = c.Method.EngineVersion, Embedder = c.Method.Embedder, PairModel = c.Method.PairModel, Notes = { c.Method.Notes } },
        };
        report.Outlets.AddRange(c.Outlets.Select(o => new Proto.ReportOutlet { Id = o.Id, Name = o.Name }));
        report.Articles.AddRange(c.Articles.Select(ToProto));
        report.Clusters.AddRange(c.Clusters.Select(k => new Proto.ClaimCluster
        {
            Id = k.Id,
            Label = k.Label,
            Salience = k.Salience,
            Claims = { k.Claims.Select(m => Evidence(m.OutletId, m.ArticleId, m.Url, m.Text, m.Start, m.Length)) },
        }));
        report.Findings.AddRange(c.Findings.Select(ToProto));
        report.PairAgreement.AddRange(c.PairAgreement.Select(p => new Proto.PairAgreement { A = p.A, B = p.B, Shared = p.Shared, Agree = p.Agree, Differ = p.Differ }));
        return report;
    }

    public static Proto.ReportArticle ToProto(ComparedArticle a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new Proto.ReportArticle
        {
            Id = a.ArticleId,
            OutletId = a.OutletId,
            Url = a.Url.AbsoluteUri,
            Title = a.Title,
            PublishedAt = Timestamps.FromOrNull(a.PublishedAt),
            Claims = a.Claims,
        };
    }

    public static Proto.Finding ToProto(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new Proto.Finding
        {
            Id = f.Id,
            Kind = Kind(f.Kind),
            ClusterId = f.ClusterId,
            Summary = f.Summary,
            OutletIds = { f.Outlets },
            Differences =
            {
                f.Differences.Select(d => new Proto.Difference
                {
                    Kind = Kind(d.Kind),
                    Explanation = d.Explanation,
                    Values =
                    {
                        d.Values.Select(v => new Proto.OutletValue
                        {
                            OutletId = v.OutletId, Value = v.Value, Text = v.Text, Attribution = v.Attribution ?? string.Empty, Stated = v.Stated ?? string.Empty,
                        }),
                    },
                }),
            },
            Evidence = { f.Evidence.Select(e => Evidence(e.OutletId, e.ArticleId, e.Url, e.Sentence, e.Start, e.Length)) },
            Confidence = f.Confidence,
            Salience = f.Salience,
        };
    }

    public static Proto.FindingKind Kind(FindingKind kind) => kind switch
    {
        FindingKind.Agree => Proto.FindingKind.Agree,
        FindingKind.Differ => Proto.FindingKind.Differ,
        FindingKind.Omitted => Proto.FindingKind.Omitted,
        FindingKind.Unique => Proto.FindingKind.Unique,
        _ => Proto.FindingKind.Unspecified,
    };

    private static Proto.DifferenceKind Kind(DifferenceKind kind) => kind switch
    {
        DifferenceKind.Number => Proto.DifferenceKind.Number,
        DifferenceKind.Date => Proto.DifferenceKind.Date,
        DifferenceKind.Actor => Proto.DifferenceKind.Actor,
        DifferenceKind.Polarity => Proto.DifferenceKind.Polarity,
        DifferenceKind.Attribution => Proto.DifferenceKind.Attribution,
        DifferenceKind.Certainty => Proto.DifferenceKind.Certainty,
        _ => Proto.DifferenceKind.Unspecified,
    };

    private static Proto.Evidence Evidence(string outletId, string articleId, Uri url, string sentence, int start, int length) => new()
    {
        OutletId = outletId,
        ArticleId = articleId,
        Url = url.AbsoluteUri,
        Sentence = sentence,
        Start = start,
        Length = length,
    };
}
