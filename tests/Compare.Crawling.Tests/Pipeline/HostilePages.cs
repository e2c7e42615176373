using System.Globalization;
using System.Net;
using System.Text;

namespace Compare.Crawling.Tests.Pipeline;

/// <summary>The pages and feed of the hostile part of <see cref="TestSite"/>.</summary>
internal static class HostilePages
{
    public const string BusyText =
        "Harbor pilots in Port Velden went back to work on Tuesday after a two-day stoppage over night-shift staffing, the pilots' association said. " +
        "Ships that had waited at anchor outside the breakwater began moving into the inner harbor shortly after dawn, and the port authority said " +
        "it expected the backlog of eleven vessels to clear by Thursday evening.";

    public const string FlakyText =
        "The Ostrava Valley orchard cooperative reported its smallest apple harvest in nineteen years after a late April frost damaged blossoms " +
        "across most of its members' land. Growers said prices at the regional market had already risen by a quarter, and several juice makers " +
        "warned customers that deliveries could run short before the new year.";

    public const string LastModifiedText =
        "The Brennick county library board agreed on Thursday to keep its mobile library running for another three years, after " +
        "volunteers collected more than four thousand signatures. The converted bus visits eleven villages without a branch of their own " +
        "and lends about nine hundred books a month, most of them to children and older readers.";

    public const string CharsetText = "Café Müller reopened on Rue Saint-Honoré with crème brûlée, naïve façades and a 5 € coffee";

    public static string Feed(int port)
    {
        var host = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var links = new[]
        {
            "/hostile/busy", $"{host}/hostile/busy?utm_source=rss&utm_medium=feed#top", "flaky", "/hostile/slow", "/hostile/huge",
            "/hostile/bomb", "/hostile/loop/a", "/hostile/charset", "/hostile/empty", "/hostile/image", "/private/secret", "/hostile/changing", "/hostile/lastmod",
            string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.2:{port}/hostile/flaky"), "https://elsewhere.example/story",
        };
        var items = string.Concat(links.Select((l, i) =>
            $"<item><title>Item {i}</title><link>{WebUtility.HtmlEncode(l)}</link><pubDate>Tue, 01 Sep 2026 08:00:00 +0000</pubDate></item>"));
        return $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hostile</title><link>{host}/</link>{items}</channel></rss>";
    }

    public static string Article(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{title}} | Hostile Times</title>
        <meta property="og:title" content="{{title}}"><meta property="og:site_name" content="Hostile Times">
        <meta property="article:published_time" content="2026-09-01T08:00:00Z"><meta name="author" content="Ada Quill"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article><h1>{{title}}</h1><p>{{body}}</p>
        <p>Officials said they would publish a full account of the events next month, once every party had been heard.</p></article>
        <footer>Hostile Times, a test site of the Compare crawler tests.</footer></body></html>
        """;

    public static byte[] Windows1252Page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = $$"""
            <!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252"><title>Café Müller</title></head>
            <body><article><h1>Café Müller</h1><p>{{CharsetText}}. The owners said the old recipes were back, from the onion soup to the
            tarte tatin, and that the terrace would stay open until the first frost of the year.</p></article></body></html>
            """;
        return Encoding.GetEncoding(1252).GetBytes(html);
    }

    public const string NoArticle = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Section front | Hostile Times</title></head>
        <body><nav><a href="/a">One</a> <a href="/b">Two</a> <a href="/c">Three</a></nav>
        <ul><li><a href="/s1">Story one</a></li><li><a href="/s2">Story two</a></li><li><a href="/s3">Story three</a></li></ul>
        <footer>Hostile Times</footer></body></html>
        """;
}
