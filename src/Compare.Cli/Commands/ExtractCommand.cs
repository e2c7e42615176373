using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Compare.Crawling;
using Compare.Crawling.Extraction;
using Compare.Crawling.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Compare.Cli.Commands;

/// <summary><c>compare extract</c>: the main text and metadata of one saved page or URL.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Build()
    {
        var source = new Argument<string>("url-or-file") { Description = "An http(s) URL or a saved HTML file" };
        var json = new Option<bool>("--json") { Description = "Print the article as JSON" };
        var command = new Command("extract", "Extract the article (text, title, byline, times, language, canonical URL, site) from a page");
        command.Arguments.Add(source);
        command.Options.Add(json);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(source)!, parse.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(string source, bool json, CancellationToken cancellationToken)
    {
        var services = CrawlingServices.BuildDefault(null, new Dictionary<string, string?>());
        await using (services.ConfigureAwait(false))
        {
            string html;
            Uri? pageUrl = null;
            if (File.Exists(source))
            {
                html = CharsetDecoder.Decode(await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false), null);
            }
            else if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                var options = services.GetRequiredService<IOptions<Compare.Crawling.Configuration.CrawlerOptions>>().Value;
                var policy = new FetchPolicy(_ => true, AddressPolicy.PublicOnly, options.DefaultCrawlDelay);
                var result = await services.GetRequiredService<PageFetcher>()
                    .FetchAsync(new FetchRequest(url, FetchKind.Page, policy), cancellationToken).ConfigureAwait(false);
                if (result.Status != FetchStatus.Ok)
                {
                    Console.Error.WriteLine($"compare: {url}: {result.Error}");
                    return 1;
                }

                html = result.Text ?? string.Empty;
                pageUrl = result.FinalUrl;
            }
            else
            {
                Console.Error.WriteLine($"compare: '{source}' is neither an existing file nor an http(s) URL");
                return 2;
            }

            var article = services.GetRequiredService<ArticleExtractor>().Extract(html, pageUrl);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(article, Json));
                return 0;
            }

            var meta = new Grid().AddColumn().AddColumn();
            void Row(string name, object? value) => meta.AddRow($"[grey]{name}[/]", Markup.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "-"));
            Row("title", article.Title);
            Row("byline", article.Byline);
            Row("published", article.PublishedAt?.ToString("u", CultureInfo.InvariantCulture));
            Row("modified", article.ModifiedAt?.ToString("u", CultureInfo.InvariantCulture));
            Row("language", article.Language);
            Row("canonical", article.CanonicalUrl);
            Row("site", article.SiteName);
            Row("words", article.WordCount);
            AnsiConsole.Write(meta);
            AnsiConsole.WriteLine();
            Console.WriteLine(article.Text.Length == 0 ? "(no article text found)" : article.Text);
            return article.Text.Length == 0 ? 1 : 0;
        }
    }
}
