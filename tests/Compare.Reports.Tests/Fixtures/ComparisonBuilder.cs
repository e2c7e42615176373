using Compare.Core.Domain;

namespace Compare.Reports.Tests.Fixtures;

/// <summary>
/// Builds a <see cref="Comparison"/> by hand the way the engine would: each sentence is appended to its outlet's article
/// text so that claims and evidence carry real offsets; clusters, findings and pair agreement follow from the facts.
/// </summary>
internal sealed class ComparisonBuilder(string storyId, string label, DateTimeOffset comparedAt)
{
    private readonly List<Outlet> outlets = [];
    private readonly List<ComparedArticle> articles = [];
    private readonly Dictionary<string, System.Text.StringBuilder> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> sentenceCounts = new(StringComparer.Ordinal);
    private readonly List<ClaimCluster> clusters = [];
    private readonly List<Finding> findings = [];
    private readonly List<(string Cluster, IReadOnlyList<Says> Says)> statedFacts = [];
    private ComparisonMethod method = new("test", "all-MiniLM-L6-v2", "pair judge", []);

    public ComparisonBuilder Outlet(string id, string name, string homeUrl, string articleUrl, string title, DateTimeOffset? publishedAt)
    {
        outlets.Add(new Outlet(id, name, new Uri(homeUrl), "en"));
        articles.Add(new ComparedArticle($"{id}-a1", id, name, new Uri(articleUrl), title, publishedAt, 0));
        texts[id] = new System.Text.StringBuilder();
        sentenceCounts[id] = 0;
        return this;
    }

    /// <summary>A second article of an outlet (sentences still go to its first article).</summary>
    public ComparisonBuilder ExtraArticle(string outletId, string articleUrl, string title, DateTimeOffset? publishedAt)
    {
        var name = outlets.First(o => o.Id == outletId).Name;
        articles.Add(new ComparedArticle($"{outletId}-a{articles.Count(a => a.OutletId == outletId) + 1}", outletId, name, new Uri(articleUrl), title,
            publishedAt, 0));
        return this;
    }

    public ComparisonBuilder Method(ComparisonMethod value)
    {
        method = value;
        return this;
    }

    /// <summary>A fact every stating outlet tells alike; <paramref name="omittedBy"/> adds an omitted finding.</summary>
    public ComparisonBuilder Agree(string cluster, string summary, double salience, Says[] says, string[]? omittedBy = null, double confidence = 0.9)
    {
        var evidence = Cluster(cluster, salience, says);
        Add(FindingKind.Agree, cluster, summary, says.Select(s => s.Outlet).ToList(), [], evidence, confidence, salience);
        Omitted(cluster, summary, salience, omittedBy, evidence, confidence);
        return this;
    }

    /// <summary>A fact outlets tell differently; <see cref="Says.Side"/> groups the outlets that agree with each other.</summary>
    public ComparisonBuilder Differ(
        string cluster, string summary, double salience, Says[] says, ValueDifference[] differences, string[]? omittedBy = null, double confidence = 0.85)
    {
        var evidence = Cluster(cluster, salience, says);
        Add(FindingKind.Differ, cluster, summary, says.Select(s => s.Outlet).ToList(), differences, evidence, confidence, salience);
        Omitted(cluster, summary, salience, omittedBy, evidence, confidence);
        return this;
    }

    /// <summary>A fact only one outlet states.</summary>
    public ComparisonBuilder Unique(string cluster, string summary, double salience, Says says, double confidence = 0.8)
    {
        var evidence = Cluster(cluster, salience, [says]);
        Add(FindingKind.Unique, cluster, summary, [says.Outlet], [], evidence, confidence, salience);
        return this;
    }

    public static ValueDifference Diff(DifferenceKind kind, string explanation, params OutletValue[] values) => new(kind, values, explanation);

    public static OutletValue Value(string outlet, string value, string text, string? attribution = null, string? stated = null) =>
        new(outlet, value, text, attribution, stated);

    public Comparison Build()
    {
        var counted = articles.Select(a => a with { Claims = a.ArticleId.EndsWith("-a1", StringComparison.Ordinal) ? sentenceCounts[a.OutletId] : 0 }).ToList();
        return new Comparison(storyId, label, comparedAt, outlets, counted, clusters, findings, PairAgreement(), method);
    }

    private List<Evidence> Cluster(string cluster, double salience, IEnumerable<Says> says)
    {
        var claims = new List<Claim>();
        var evidence = new List<Evidence>();
        foreach (var say in says)
        {
            var text = texts[say.Outlet];
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var start = text.Length;
            text.Append(say.Sentence);
            var article = articles.First(a => a.OutletId == say.Outlet);
            var index = sentenceCounts[say.Outlet]++;
            claims.Add(new Claim($"{article.ArticleId}#{index}", article.ArticleId, say.Outlet, article.Url, index, say.Sentence, start,
                say.Sentence.Length, 0.8, ClaimSlots.Empty));
            evidence.Add(new Evidence(say.Outlet, article.ArticleId, article.Url, say.Sentence, start, say.Sentence.Length));
        }

        clusters.Add(new ClaimCluster(cluster, claims[0].Text, claims, salience));
        var list = says.ToList();
        if (list.Count > 1)
        {
            statedFacts.Add((cluster, list));
        }

        return evidence;
    }

    private void Omitted(string cluster, string summary, double salience, string[]? omittedBy, List<Evidence> evidence, double confidence)
    {
        if (omittedBy is { Length: > 0 })
        {
            Add(FindingKind.Omitted, cluster, summary, omittedBy, [], evidence, confidence, salience);
        }
    }

    private void Add(FindingKind kind, string cluster, string summary, IReadOnlyList<string> outletIds, IReadOnlyList<ValueDifference> differences,
        IReadOnlyList<Evidence> evidence, double confidence, double salience) =>
        findings.Add(new Finding($"f{findings.Count + 1:000}", kind, cluster, summary, outletIds, differences, evidence, confidence, salience));

    private List<OutletPairAgreement> PairAgreement()
    {
        var ids = outlets.Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
        var pairs = new List<OutletPairAgreement>();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var (a, b) = (ids[i], ids[j]);
                var shared = statedFacts
                    .Select(f => (A: f.Says.FirstOrDefault(s => s.Outlet == a), B: f.Says.FirstOrDefault(s => s.Outlet == b)))
                    .Where(p => p.A is not null && p.B is not null)
                    .ToList();
                var agree = shared.Count(p => p.A!.Side == p.B!.Side);
                pairs.Add(new OutletPairAgreement(a, b, shared.Count, agree, shared.Count - agree));
            }
        }

        return pairs;
    }
}
