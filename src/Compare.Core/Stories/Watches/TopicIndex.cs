using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Compare.Core.Stories.Watches;

/// <summary>
/// An in-memory Lucene index of articles (title boosted over text) searched with BM25, for topic watches. Adding an
/// article again replaces it. Thread-safe: Lucene's writer and near-real-time searchers are.
/// </summary>
public sealed class TopicIndex : IDisposable
{
    private const string IdField = "id";
    private const string TitleField = "title";
    private const string TextField = "text";
    private const float TitleBoost = 2f;

    private readonly Analyzer _analyzer = new EnglishAnalyzer(TermAnalyzer.Version);
    private readonly Lucene.Net.Store.Directory _directory = new RAMDirectory();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public TopicIndex()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(TermAnalyzer.Version, _analyzer) { Similarity = new BM25Similarity() });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
    }

    /// <summary>Articles in the index.</summary>
    public int Count => _writer.NumDocs;

    /// <summary>Adds or replaces articles; they are searchable when this returns.</summary>
    public void Add(IEnumerable<(string ArticleId, string Title, string Text)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var (id, title, text) in articles)
        {
            var document = new Document
            {
                new StringField(IdField, id, Field.Store.YES),
                new TextField(TitleField, title, Field.Store.NO),
                new TextField(TextField, text, Field.Store.NO),
            };
            _writer.UpdateDocument(new Term(IdField, id), document);
        }

        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>The articles matching any word of <paramref name="query"/>, best BM25 first; an empty query matches nothing.</summary>
    public IReadOnlyList<TopicHit> Search(string query, int max)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = Analyze(query);
        if (words.Count == 0 || max <= 0)
        {
            return [];
        }

        // Every query word is optional and counts in title and text; BM25 rewards the articles holding the most, rarest ones.
        var boolean = new BooleanQuery();
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            boolean.Add(new TermQuery(new Term(TitleField, word)) { Boost = TitleBoost }, Occur.SHOULD);
            boolean.Add(new TermQuery(new Term(TextField, word)), Occur.SHOULD);
        }

        var searcher = _searchers.Acquire();
        try
        {
            searcher.Similarity = new BM25Similarity();
            var top = searcher.Search(boolean, max);
            return top.ScoreDocs.Select(d => new TopicHit(searcher.Doc(d.Doc).Get(IdField, System.Globalization.CultureInfo.InvariantCulture), d.Score, 0, d.Score)).ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private List<string> Analyze(string text)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }
}
