using System.IO.Compression;
using System.Text.Json;
using Compare.Crawling.Http;

namespace Compare.Crawling.Benchmarks;

/// <summary>
/// A checkout of the public ScrapingHub article-extraction benchmark: <c>ground-truth.json</c> (id to articleBody and
/// url) and <c>html/{id}.html.gz</c>. Nothing is downloaded: the folder is given on the command line.
/// </summary>
internal static class ScrapingHubDataset
{
    public static IReadOnlyList<LabeledPage> Load(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<LabeledPage>();
        foreach (var item in truth.RootElement.EnumerateObject())
        {
            var path = Path.Combine(folder, "html", item.Name + ".html.gz");
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            var body = item.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? string.Empty : string.Empty;
            pages.Add(new LabeledPage(item.Name, CharsetDecoder.Decode(bytes.ToArray(), null), body));
        }

        return pages;
    }
}
