using System.Globalization;
using System.Text;

namespace Compare.Server.Benchmarks.Cluster;

/// <summary>
/// Generated news for the scale-out benchmark: <c>events</c> fictional events, each covered by every outlet in an article of
/// its own wording. The event's facts (a figure, a date, a vote, an official, a place) recur across its articles, sometimes
/// with a different figure, so the engine has claims to align, differences to find and omissions to report; each outlet adds
/// sentences of its own, so no two articles are near-duplicates. Deterministic for a seed.
/// </summary>
internal static class GeneratedNews
{
    private static readonly string[] Towns =
        ["Port Alder", "Kestrel Bay", "Lowmoor", "Tarsin", "Valdoria", "Eastmere", "Northwick", "Caldera Falls", "Brindle", "Ostrava Point",
         "Marrow Hill", "Sable Creek", "Fenwick", "Glasswater", "Harlow Cross", "Ironvale", "Juniper Sound", "Larkspur", "Millbrook", "Redfern"];

    private static readonly string[] Projects =
        ["water treatment plant", "bus rapid transit line", "harbor seawall", "public library", "hospital wing", "school district budget",
         "bridge repair program", "housing levy", "wind farm", "rail depot", "flood barrier", "fire station"];

    private static readonly string[] Bodies = ["city council", "county board", "port commission", "regional authority", "school board", "utility board"];

    private static readonly string[] People =
        ["Maren Okafor", "Tomas Reyes", "Ilse Brandt", "Joon Park", "Amara Diallo", "Petra Lind", "Samir Haddad", "Nora Quist", "Elias Varga", "Keiko Mori"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];

    private static readonly string[] Asides =
    [
        "Residents who spoke at the hearing were divided over the timing of the work.",
        "Local business owners said they had not been consulted about the schedule.",
        "Opponents argued that the money would be better spent on road maintenance.",
        "Supporters packed the chamber and applauded when the result was announced.",
        "The proposal had been delayed twice last year after questions about its cost.",
        "An independent review published in the spring had recommended a smaller project.",
        "Neighbouring towns are watching the decision closely as they weigh similar plans.",
        "Engineers said construction would require temporary closures along the waterfront.",
        "A union representing municipal workers welcomed the vote in a short statement.",
        "Critics noted that the estimate did not include the cost of future maintenance.",
        "The chamber debated the measure for nearly four hours before the final roll call.",
        "Several members asked staff to return with quarterly progress reports.",
    ];

    public sealed record Page(string OutletId, string Path, string Title, string Html, DateTimeOffset Published);

    public static List<Page> Generate(IReadOnlyList<(string Id, string Name, Uri Home)> outlets, int events, int seed)
    {
        var random = new Random(seed);
        var pages = new List<Page>();
        var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        for (var e = 0; e < events; e++)
        {
            var town = Towns[e % Towns.Length];
            var project = Projects[(e * 7 + 3) % Projects.Length];
            var body = Bodies[e % Bodies.Length];
            var official = People[(e * 3) % People.Length];
            var millions = 20 + random.Next(900);
            var yes = 4 + random.Next(4);
            var no = random.Next(1, yes);
            var month = Months[random.Next(Months.Length)];
            var day = 1 + random.Next(28);
            var jobs = 50 + (10 * random.Next(60));
            var published = start.AddHours(e * 5);
            for (var o = 0; o < outlets.Count; o++)
            {
                var (id, name, home) = outlets[o];
                var figure = o == outlets.Count - 1 && e % 3 == 0 ? millions + 15 : millions;
                var sentences = new List<string>
                {
                    $"The {town} {body} voted {yes}-{no} on Tuesday to approve ${figure} million for the {project}.",
                    $"{official}, who chairs the {body}, said construction would begin in {month} {day.ToString(CultureInfo.InvariantCulture)}, 2027.",
                    $"Officials estimate the {project} will create about {jobs.ToString(CultureInfo.InvariantCulture)} jobs in {town}.",
                };
                if ((e + o) % 4 != 0)
                {
                    sentences.Add($"The money for the {project} will come from a bond issue that voters in {town} approved last year.");
                }

                if ((e + o) % 5 != 1)
                {
                    sentences.Add($"{official} said the {body} would not raise property taxes to pay for the {project}.");
                }

                var asides = Asides.OrderBy(_ => random.Next()).Take(3 + random.Next(3));
                sentences.AddRange(asides);
                sentences.Add($"{name} will follow the {project} in {town} as the work goes on, said {People[(e + o + 5) % People.Length]}, a reporter for the outlet.");
                var order = sentences.Take(1).Concat(sentences.Skip(1).OrderBy(_ => random.Next())).ToList();
                var title = o % 2 == 0
                    ? $"{town} approves ${figure} million for {project}"
                    : $"{char.ToUpperInvariant(body[0])}{body[1..]} backs {project} in {town}";
                var path = string.Create(CultureInfo.InvariantCulture, $"/news/{e:D4}-{Slug(town)}-{Slug(project)}/");
                pages.Add(new Page(id, path, title, Html(name, title, new Uri(home, path), published.AddMinutes(o * 7), order), published.AddMinutes(o * 7)));
            }
        }

        return pages;
    }

    private static string Slug(string text) => text.ToLowerInvariant().Replace(' ', '-');

    private static string Html(string site, string title, Uri canonical, DateTimeOffset published, IEnumerable<string> paragraphs)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(title).Append("</title>")
            .Append("<meta property=\"og:site_name\" content=\"").Append(site).Append("\">")
            .Append("<meta property=\"og:title\" content=\"").Append(title).Append("\">")
            .Append("<meta property=\"article:published_time\" content=\"").Append(published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("\">")
            .Append("<link rel=\"canonical\" href=\"").Append(canonical.AbsoluteUri).Append("\">")
            .Append("<!-- Generated for the Compare scale-out benchmark: a fictional outlet and event. -->")
            .Append("</head><body><header><a href=\"/\">").Append(site).Append("</a></header><main><article><h1>").Append(title).Append("</h1>");
        foreach (var p in paragraphs)
        {
            html.Append("<p>").Append(p).Append("</p>");
        }

        return html.Append("</article></main><footer>Generated page.</footer></body></html>").ToString();
    }
}
