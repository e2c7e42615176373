using System.Globalization;
using System.Text;

namespace Compare.Server.Benchmarks.Cluster;

/// <summary>
/// Generated news for the scale-out benchmark: <c>events</c> fictional events, each covered by every outlet in an article of
/// its own wording. The event's facts (a figure, a vote, a date, an official, jobs) recur across its articles, the last outlet
/// reporting a different figure for every third event, so the engine has claims to align, differences to find and omissions to
/// report. Each outlet words every fact its own way (one of five phrasings, picked by outlet) and adds sentences of its own, so
/// no two articles are near-duplicates; no two events share a town, so the articles of one event make one story.
/// Deterministic for a seed.
/// </summary>
internal static class GeneratedNews
{
    // A town per event: prefix e % 20 with suffix e / 20, so two events sharing a prefix are 20 apart (five days).
    private static readonly string[] TownStarts =
        ["Ash", "Bram", "Cor", "Dun", "Eld", "Fal", "Gar", "Hol", "Ivel", "Kel", "Lor", "Mar", "Nor", "Ost", "Pen", "Quar", "Ros", "Sel", "Tor", "Wyn"];

    private static readonly string[] TownEnds = ["ford", "mouth", "ley", "wick", "stead", "bury", "haven", "dale", "ton", "moor", "gate", "field", "port"];

    private static readonly string[] Projects =
        ["water treatment plant", "bus rapid transit line", "harbor seawall", "public library", "hospital wing", "school district budget",
         "bridge repair program", "housing levy", "wind farm", "rail depot", "flood barrier", "fire station", "ferry terminal"];

    private static readonly string[] Bodies = ["city council", "county board", "port commission", "regional authority", "school board", "utility board"];

    private static readonly string[] Given = ["Maren", "Tomas", "Ilse", "Joon", "Amara", "Petra", "Samir", "Nora", "Elias", "Keiko", "Ruth"];

    private static readonly string[] Family = ["Okafor", "Reyes", "Brandt", "Park", "Diallo", "Lind", "Haddad", "Quist", "Varga", "Mori", "Achebe", "Novak", "Sato"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];

    // Five phrasings of each fact; outlet o uses phrasing (o + k) % 5 for its k-th fact, so two outlets never share a sentence of them.
    private static readonly string[] Leads =
    [
        "The {town} {body} voted {yes}-{no} on Tuesday to approve ${m} million for the {project}.",
        "On Tuesday, members of the {town} {body} approved ${m} million for the {project} in a {yes}-{no} vote.",
        "A ${m} million plan for the {project} won the backing of the {town} {body} on Tuesday, {yes} votes to {no}.",
        "{town}'s {body} committed ${m} million to the {project} on Tuesday after a {yes}-{no} vote.",
        "By a vote of {yes} to {no}, the {body} in {town} on Tuesday set aside ${m} million for the {project}.",
    ];

    private static readonly string[] Starts =
    [
        "{official}, who chairs the {body}, said construction would begin on {date}.",
        "Work on the {project} is due to start on {date}, according to {official}, the chair of the {body}.",
        "{official}, the {body}'s chair, told reporters that crews would break ground on {date}.",
        "The first contracts will be signed so that building can begin on {date}, said {official}, who leads the {body}.",
        "Construction is scheduled to begin on {date}, {official} said after the meeting.",
    ];

    private static readonly string[] Jobs =
    [
        "Officials estimate the {project} will create about {jobs} jobs in {town}.",
        "The {project} is expected to bring roughly {jobs} jobs to {town}, officials said.",
        "According to a staff estimate, about {jobs} people in {town} would find work on the {project}.",
        "Some {jobs} jobs are expected to follow from the {project}, the {body} said.",
        "City planners put the number of new jobs from the {project} at around {jobs}.",
    ];

    private static readonly string[] Bonds =
    [
        "The money for the {project} will come from a bond issue that voters in {town} approved last year.",
        "Funding is to come from bonds that {town} voters backed in a referendum last year.",
        "A voter-approved bond measure from last year will pay for most of the work.",
        "The {body} plans to draw on last year's bond issue to cover the bill.",
        "Bonds authorised by {town} voters a year ago are expected to fund the {project}.",
    ];

    private static readonly string[] Taxes =
    [
        "{official} said the {body} would not raise property taxes to pay for the {project}.",
        "Property taxes will not go up to pay for it, {official} said.",
        "{official} promised that homeowners in {town} would not see higher property taxes because of the {project}.",
        "There will be no property tax increase tied to the plan, according to {official}.",
        "{official} ruled out a property tax rise to fund the {project}.",
    ];

    // An outlet's own sentences: each outlet picks its own, in its own order, with the event's names in them.
    private static readonly string[] Asides =
    [
        "Residents who spoke at the {town} hearing were divided over the timing of the work on the {project}.",
        "Local business owners in {town} said they had not been consulted about the schedule.",
        "Opponents argued that the money would be better spent on road maintenance in {town}.",
        "Supporters packed the {body} chamber and applauded when the result was announced.",
        "The {project} proposal had been delayed twice last year after questions about its cost.",
        "An independent review published in the spring had recommended a smaller {project}.",
        "Neighbouring towns are watching the {town} decision closely as they weigh similar plans.",
        "Engineers said building the {project} would require temporary road closures near the centre of {town}.",
        "A union representing municipal workers in {town} welcomed the vote in a short statement.",
        "Critics noted that the estimate for the {project} did not include the cost of future maintenance.",
        "The {body} debated the measure for nearly four hours before the final roll call.",
        "Several members of the {body} asked staff to return with quarterly progress reports on the {project}.",
        "A petition against the {project} gathered several hundred signatures in {town} last month.",
        "The mayor of {town} did not attend the meeting but issued a statement praising the decision.",
        "Environmental groups said they would review the final design of the {project} before taking a position.",
        "Traffic planners expect the busiest stretch of the works to fall in the summer months.",
    ];

    private static readonly string[] Closers =
    [
        "{outlet} will follow the {project} in {town} as the work goes on, said {reporter}, a reporter for the outlet.",
        "{reporter} reported this story for {outlet} from {town}.",
        "Readers with questions about the {project} can write to {reporter} at {outlet}.",
        "This report by {reporter} for {outlet} will be updated as the {body} publishes its minutes.",
        "{outlet} asked the {body} for the full contract documents, {reporter} wrote.",
    ];

    public sealed record Page(string OutletId, string Path, string Title, string Html, DateTimeOffset Published);

    public static List<Page> Generate(IReadOnlyList<(string Id, string Name, Uri Home)> outlets, int events, int seed)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        var random = new Random(seed);
        var pages = new List<Page>();
        var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        for (var e = 0; e < events; e++)
        {
            // Town names never repeat for up to 260 events.
            var town = TownStarts[e % TownStarts.Length] + TownEnds[(e / TownStarts.Length) % TownEnds.Length];
            var project = Projects[(e + (e / TownStarts.Length * 5)) % Projects.Length];
            var body = Bodies[(e / 3) % Bodies.Length];
            var official = $"{Given[e % Given.Length]} {Family[(e / Given.Length + e) % Family.Length]}";
            var millions = 20 + random.Next(900);
            var yes = 4 + random.Next(4);
            var no = random.Next(1, yes);
            var date = $"{Months[random.Next(Months.Length)]} {(1 + random.Next(28)).ToString(CultureInfo.InvariantCulture)}, 2027";
            var jobs = (50 + (10 * random.Next(60))).ToString(CultureInfo.InvariantCulture);
            var published = start.AddHours(e * 5);
            for (var o = 0; o < outlets.Count; o++)
            {
                var (id, name, home) = outlets[o];
                var figure = o == outlets.Count - 1 && outlets.Count > 2 && e % 3 == 0 ? millions + 15 : millions;
                var reporter = $"{Given[(e + o + 3) % Given.Length]} {Family[(e * 2 + o + 7) % Family.Length]}";
                string Fill(string template) => template
                    .Replace("{town}", town, StringComparison.Ordinal).Replace("{body}", body, StringComparison.Ordinal)
                    .Replace("{project}", project, StringComparison.Ordinal).Replace("{official}", official, StringComparison.Ordinal)
                    .Replace("{m}", figure.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{yes}", yes.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{no}", no.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{date}", date, StringComparison.Ordinal).Replace("{jobs}", jobs, StringComparison.Ordinal)
                    .Replace("{outlet}", name, StringComparison.Ordinal).Replace("{reporter}", reporter, StringComparison.Ordinal);

                var facts = new List<string> { Fill(Starts[(o + 1) % 5]), Fill(Jobs[(o + 2) % 5]) };
                if ((e + o) % 4 != 0)
                {
                    facts.Add(Fill(Bonds[(o + 3) % 5]));
                }

                if ((e + o) % 5 != 1)
                {
                    facts.Add(Fill(Taxes[(o + 4) % 5]));
                }

                var asides = Asides.OrderBy(_ => random.Next()).Take(3 + random.Next(3)).Select(Fill);
                var rest = facts.Concat(asides).OrderBy(_ => random.Next()).ToList();
                var paragraphs = new List<string> { Fill(Leads[o % 5]) };
                paragraphs.AddRange(rest);
                paragraphs.Add(Fill(Closers[o % Closers.Length]));
                var title = (o % 3) switch
                {
                    0 => $"{town} approves ${figure} million for {project}",
                    1 => $"{char.ToUpperInvariant(body[0])}{body[1..]} backs {project} in {town}",
                    _ => $"{town} {project} gets the go-ahead after {yes}-{no} vote",
                };
                var path = string.Create(CultureInfo.InvariantCulture, $"/news/{e:D4}-{Slug(town)}-{Slug(project)}/");
                var at = published.AddMinutes(o * 7);
                pages.Add(new Page(id, path, title, Html(name, title, new Uri(home, path), at, paragraphs), at));
            }
        }

        return pages;
    }

    private static string Slug(string text) => text.ToLowerInvariant().Replace(' ', '-');

    private static string Html(string site, string title, Uri canonical, DateTimeOffset published, IEnumerable<string> paragraphs)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Escape(title)).Append("</title>")
            .Append("<meta property=\"og:site_name\" content=\"").Append(Escape(site)).Append("\">")
            .Append("<meta property=\"og:title\" content=\"").Append(Escape(title)).Append("\">")
            .Append("<meta property=\"og:type\" content=\"article\">")
            .Append("<meta property=\"article:published_time\" content=\"")
            .Append(published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("\">")
            .Append("<link rel=\"canonical\" href=\"").Append(canonical.AbsoluteUri).Append("\">")
            .Append("<!-- Generated for the Compare scale-out benchmark: a fictional outlet and event. -->")
            .Append("</head><body><header><a href=\"/\">").Append(Escape(site)).Append("</a></header><main><article><h1>")
            .Append(Escape(title)).Append("</h1>");
        foreach (var p in paragraphs)
        {
            html.Append("<p>").Append(Escape(p)).Append("</p>");
        }

        return html.Append("</article></main><footer>Generated page.</footer></body></html>").ToString();
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
