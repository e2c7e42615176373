using System.Globalization;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Evaluation;

/// <summary>
/// New text for benchmarks: fictional stories whose outlets state overlapping facts in different words, with fresh
/// names and figures for every seed, so nothing of it is in any cache.
/// </summary>
public static class SyntheticStories
{
    private static readonly string[] Actors =
    [
        "the Orvand city council", "Halvard Energy", "the port authority", "the transport ministry", "the Dorvian navy",
        "the regional water board", "Kessel Mining", "the teachers' union", "the fire brigade", "the harbour police",
    ];

    private static readonly string[] Places = ["Brenmouth", "Calder Ridge", "Ostwick", "Lanmere", "Pellburgh", "Sorrow Bay", "Tynfield", "Wexhollow"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Each fact has two phrasings; {0} actor, {1} place, {2} number, {3} month, {4} year, {5} second number.
    private static readonly (string First, string Second)[] Facts =
    [
        ("{0} said {2} residents of {1} were moved to shelters in {3} {4}.", "About {2} people in {1} had to leave their homes in {3}, according to {0}."),
        ("{0} approved a budget of ${2} million for {1} on Tuesday.", "A ${2} million spending plan for {1} won the backing of {0}."),
        ("Repairs to the {1} bridge will take {5} months, {0} said.", "{0} expects the work on the bridge in {1} to last {5} months."),
        ("{0} hired {5} new inspectors to check factories around {1}.", "Factories near {1} will be checked by {5} additional inspectors taken on by {0}."),
        ("Water use in {1} fell by {5} percent in {4}, {0} reported.", "{1} households consumed {5}% less water during {4}, figures from {0} show."),
        ("The {1} terminal handled {2} thousand containers in {3}.", "In {3}, some {2},000 containers passed through the terminal at {1}."),
        ("{0} did not rule out closing the {1} plant before {4}.", "A closure of the plant in {1} before {4} remains possible, {0} said."),
        ("Ticket prices on the {1} ferry will rise by {5} percent from {3}.", "From {3}, passengers on the ferry to {1} will pay {5}% more."),
        ("{0} opened an inquiry into the collapse of a warehouse roof in {1}.", "An investigation into why a warehouse roof gave way in {1} was launched by {0}."),
        ("Unemployment in {1} reached {5} percent at the end of {4}.", "By late {4}, {5}% of the workforce in {1} was without a job."),
        ("{0} plans to plant {2} trees along the river in {1}.", "Some {2} trees are to be planted on the riverbanks of {1} under a plan by {0}."),
        ("Storms cut power to {2} homes in {1} on {3} {5}.", "Around {2} households in {1} lost electricity when storms hit on {3} {5}."),
    ];

    /// <summary><paramref name="stories"/> stories of <paramref name="outlets"/> outlets, each with every fact of a random subset.</summary>
    public static IReadOnlyList<Story> Make(int stories, int outlets, int seed)
    {
        var random = new Random(seed);
        var result = new List<Story>();
        for (var s = 0; s < stories; s++)
        {
            var facts = Facts.Select(f => (f, Args: Args(random))).ToList();
            var articles = new List<Article>();
            for (var o = 0; o < outlets; o++)
            {
                var outlet = $"outlet-{o + 1}";
                var paragraphs = facts
                    .Where(_ => random.NextDouble() < 0.8)
                    .Select(x =>
                    {
                        var template = random.Next(2) == 0 ? x.f.First : x.f.Second;
                        var args = random.NextDouble() < 0.15 ? Args(random) : x.Args;
                        return Capitalize(string.Format(CultureInfo.InvariantCulture, template, args));
                    })
                    .ToList();
                var id = $"bench-{seed}-{s}-{o}";
                articles.Add(new Article(id, outlet, new Uri($"https://{outlet}.example/{id}"), $"Story {s} ({seed})", null,
                    new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero), null, "en", string.Join("\n\n", paragraphs)));
            }

            result.Add(new Story($"bench-{seed}-{s}", $"Synthetic story {s}", articles));
        }

        return result;
    }

    /// <summary>Loose sentences for raw embedding throughput, all different.</summary>
    public static IReadOnlyList<string> Sentences(int count, int seed) =>
        Make((count / Facts.Length) + 1, 3, seed).SelectMany(s => s.Articles).SelectMany(a => a.Text.Split("\n\n")).Distinct().Take(count).ToList();

    private static object[] Args(Random random) =>
    [
        Actors[random.Next(Actors.Length)], Places[random.Next(Places.Length)] + " " + random.Next(2, 999).ToString(CultureInfo.InvariantCulture),
        random.Next(12, 9000), Months[random.Next(12)], random.Next(1990, 2030), random.Next(2, 28),
    ];

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
