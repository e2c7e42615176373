using System.Text;
using BenchmarkDotNet.Attributes;
using Compare.Crawling.Extraction;

namespace Compare.Crawling.Benchmarks;

/// <summary>
/// Extraction speed: the 26 demo-corpus pages per operation (pages/s = 26 / mean), one large page (about 1 MB: a long
/// article inside heavy chrome), and plain SmartReader on the corpus for comparison.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private readonly Uri _url = new("https://example.com/story");
    private IReadOnlyList<LabeledPage> _corpus = [];
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ExtractionPages.Corpus();
        _large = BuildLargePage(_corpus);
    }

    [Benchmark(Description = "Compare extractor, 26 corpus pages")]
    public int CorpusPages()
    {
        var words = 0;
        foreach (var page in _corpus)
        {
            words += _extractor.Extract(page.Html, _url).WordCount;
        }

        return words;
    }

    [Benchmark(Description = "plain SmartReader, 26 corpus pages")]
    public int CorpusPagesPlainSmartReader()
    {
        var chars = 0;
        foreach (var page in _corpus)
        {
            chars += QualityReport.PlainSmartReader(page.Html).Length;
        }

        return chars;
    }

    [Benchmark(Description = "Compare extractor, one 1 MB page")]
    public int LargePage() => _extractor.Extract(_large, _url).WordCount;

    /// <summary>A page of about 1 MB: every corpus body as one long article, with 2,000 menu links and 300 related-story boxes around it.</summary>
    internal static string BuildLargePage(IReadOnlyList<LabeledPage> corpus)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Large page</title></head><body><div class=\"top\">");
        for (var i = 0; i < 2000; i++)
        {
            sb.Append("<a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a> ");
        }

        sb.Append("</div><div class=\"main\"><h1>Large page</h1><div class=\"text\">");
        while (sb.Length < 800_000)
        {
            foreach (var line in corpus.SelectMany(p => p.Truth.Split('\n')))
            {
                sb.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(line)).Append("</p>\n");
            }
        }

        sb.Append("</div></div>");
        for (var i = 0; i < 300; i++)
        {
            sb.Append("<div class=\"box\"><h3>Related</h3><ul><li><a href=\"/r/").Append(i).Append("\">Related story ").Append(i).Append("</a></li></ul></div>");
        }

        return sb.Append("</body></html>").ToString();
    }
}
