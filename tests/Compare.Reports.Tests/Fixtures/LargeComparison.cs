using Compare.Core.Domain;
using static Compare.Reports.Tests.Fixtures.ComparisonBuilder;

namespace Compare.Reports.Tests.Fixtures;

/// <summary>
/// A large story for the benchmark and the size check: <c>outlets</c> outlets, <c>facts</c> facts, generated from a
/// fixed seed. Each fact is stated by a random share of the outlets in a news-like sentence; a third differ (one or two
/// kinds), half of the rest agree, some are unique; facts that not every outlet states are often omissions.
/// </summary>
internal static class LargeComparison
{
    private static readonly string[] Subjects =
    [
        "The city council", "The transport ministry", "The harbour authority", "The regional court", "Police", "The central bank",
        "The health agency", "The mayor's office", "Union leaders", "The energy regulator", "Hospital officials", "The fire service",
    ];

    private static readonly string[] Verbs = ["approved", "announced", "rejected", "confirmed", "proposed", "postponed", "reported", "estimated"];

    private static readonly string[] Objects =
    [
        "a spending plan", "new safety rules", "a tax increase", "the evacuation order", "a rescue package", "the inquiry's findings",
        "a rate decision", "the contract", "emergency funding", "a ban on night flights",
    ];

    private static readonly string[] Sources = ["officials said", "according to a statement", "a spokesperson said", "documents show"];

    public static Comparison Create(int outlets = 20, int facts = 500, int seed = 7)
    {
        var random = new Random(seed);
        var start = DateTimeOffset.Parse("2026-03-01T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var b = new ComparisonBuilder("large-story", $"A large story: {outlets} outlets, {facts} facts", start.AddDays(3));
        var ids = Enumerable.Range(1, outlets).Select(i => $"outlet-{i:00}").ToList();
        foreach (var id in ids)
        {
            var n = ids.IndexOf(id) + 1;
            b.Outlet(id, $"Outlet {n:00} Daily", $"https://outlet{n:00}.example/", $"https://outlet{n:00}.example/news/2026/03/large-story-{n}.html",
                $"The large story as told by outlet {n}", start.AddHours(random.Next(0, 60)));
            if (n % 4 == 0)
            {
                b.ExtraArticle(id, $"https://outlet{n:00}.example/news/2026/03/large-story-{n}-update.html", "Update", start.AddHours(random.Next(60, 70)));
            }
        }

        for (var f = 1; f <= facts; f++)
        {
            Fact(b, random, ids, f);
        }

        return b.Build();
    }

    private static void Fact(ComparisonBuilder b, Random random, List<string> ids, int f)
    {
        var cluster = $"c{f:000}";
        var figure = random.Next(2, 900);
        var stating = ids.OrderBy(_ => random.Next()).Take(random.Next(1, ids.Count + 1)).OrderBy(ids.IndexOf).ToList();
        var subject = Subjects[random.Next(Subjects.Length)];
        var verb = Verbs[random.Next(Verbs.Length)];
        var what = Objects[random.Next(Objects.Length)];
        var summary = $"{subject} {verb} {what} worth {figure} million";
        var salience = Math.Round(random.NextDouble(), 3);
        var omittedBy = stating.Count < ids.Count && random.NextDouble() < 0.5 ? ids.Except(stating).ToArray() : null;
        if (stating.Count == 1)
        {
            b.Unique(cluster, summary, salience, new Says(stating[0], Sentence(random, subject, verb, what, $"${figure} million")));
            return;
        }

        if (random.NextDouble() < 0.35)
        {
            var odd = stating[random.Next(stating.Count)];
            var other = figure + random.Next(10, 90);
            var says = stating.Select(o => new Says(o, Sentence(random, subject, verb, what, $"${(o == odd ? other : figure)} million"), o == odd ? 1 : 0)).ToArray();
            var values = stating.Select(o => Value(o, $"${(o == odd ? other : figure)} million", $"${(o == odd ? other : figure)} million")).ToArray();
            var differences = new List<ValueDifference> { Diff(DifferenceKind.Number, $"{other} million is not {figure} million.", values) };
            if (random.NextDouble() < 0.3)
            {
                differences.Add(Diff(DifferenceKind.Certainty, "One outlet hedges.", stating.Select(o => Value(o, o == odd ? "hedged" : "asserted", verb)).ToArray()));
            }

            b.Differ(cluster, summary, salience, says, differences.ToArray(), omittedBy);
            return;
        }

        b.Agree(cluster, summary, salience, stating.Select(o => new Says(o, Sentence(random, subject, verb, what, $"${figure} million"))).ToArray(), omittedBy);
    }

    private static string Sentence(Random random, string subject, string verb, string what, string figure) =>
        $"{subject} {verb} {what} worth {figure} on Tuesday after a long meeting, {Sources[random.Next(Sources.Length)]}, "
        + "adding that further details would follow later this week.";
}
