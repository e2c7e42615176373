namespace Compare.Core.Stories.Grouping;

/// <summary>
/// Groups articles into stories incrementally: each new article joins the most similar story near it in time, or starts
/// one; stories that turn out to be one are merged. Candidate stories come from an inverted index of each article's rarest
/// terms and actors, scanned newest first and bounded, so grouping n articles takes time linear in n rather than n².
/// Not thread-safe: one grouping pass at a time.
/// </summary>
public sealed class StoryGrouper
{
    /// <summary>Newest postings scanned per term; older ones are out of any time window in a time-ordered feed.</summary>
    private const int PostingsScanned = 256;

    private readonly StoryGroupingOptions _options;
    private readonly int _dimensions;
    private readonly TermStatistics _statistics = new();
    private readonly StorySimilarity _similarity;
    private readonly Dictionary<string, StoryState> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _storyOfArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _postings = new(StringComparer.Ordinal);

    public StoryGrouper(StoryGroupingOptions options, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        _options = options;
        _dimensions = dimensions;
        _similarity = new StorySimilarity(options, _statistics);
    }

    /// <summary>Stories known, merged ones excluded.</summary>
    public IReadOnlyCollection<string> StoryIds => _stories.Keys;

    /// <summary>Articles grouped.</summary>
    public int ArticleCount => _storyOfArticle.Count;

    /// <summary>The story of an article, or null when it has not been grouped.</summary>
    public string? StoryOf(string articleId) => _storyOfArticle.GetValueOrDefault(articleId);

    /// <summary>The articles of a story, in the order they joined it.</summary>
    public IReadOnlyList<StoryArticle> Members(string storyId) => _stories.TryGetValue(storyId, out var s) ? s.Members : [];

    /// <summary>The features of a grouped article, or null.</summary>
    public StoryArticle? Find(string articleId) =>
        _storyOfArticle.TryGetValue(articleId, out var id) ? _stories[id].Members.FirstOrDefault(m => m.ArticleId == articleId) : null;

    /// <summary>The story's label: its salient actors and keywords.</summary>
    public string Label(string storyId) => StoryLabeler.Label(Members(storyId), _statistics);

    /// <summary>Puts back an article grouped in an earlier run (as stored), without deciding anything.</summary>
    public void Restore(string storyId, StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_storyOfArticle.ContainsKey(article.ArticleId))
        {
            return;
        }

        if (!_stories.TryGetValue(storyId, out var story))
        {
            story = new StoryState(storyId, _dimensions);
            _stories[storyId] = story;
        }

        AddToStory(story, article);
    }

    /// <summary>
    /// Groups new articles (oldest first) and takes in new versions of grouped ones (they stay in their story). Returns
    /// every assignment, the stories started and merged, and the stories that changed.
    /// </summary>
    public GroupingResult Assign(IReadOnlyList<StoryArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var created = new List<string>();
        var merges = new List<StoryMerge>();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles.OrderBy(a => a.Time).ThenBy(a => a.ArticleId, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_storyOfArticle.TryGetValue(article.ArticleId, out var existing))
            {
                Replace(_stories[existing], article);
                changed.Add(existing);
                continue;
            }

            var story = Join(article, merges) ?? Start(article, created);
            changed.Add(story.Id);
        }

        SweepMerges(changed, merges, cancellationToken);
        var alive = changed.Select(Resolve).Where(_stories.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var assignments = articles.Select(a => a.ArticleId).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => _storyOfArticle[id], StringComparer.Ordinal);
        return new GroupingResult(assignments, created.Where(_stories.ContainsKey).ToList(), merges, alive);
    }

    private StoryState? Join(StoryArticle article, List<StoryMerge> merges)
    {
        var scored = Candidates(Keys(article), article.Time)
            .Select(s => (Story: s, Score: _similarity.Score(article, s)))
            .Where(x => x.Score.Score >= _options.JoinThreshold && x.Score.Embedding >= _options.MinEmbeddingSimilarity)
            .OrderByDescending(x => x.Score.Score).ThenBy(x => x.Story.Id, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var target = scored[0].Story;
        AddToStory(target, article);
        // The article may bridge two stories that are really one: each other story it also fits is checked as a merge.
        foreach (var (other, _) in scored.Skip(1))
        {
            if (_stories.ContainsKey(other.Id) && _stories.ContainsKey(target.Id))
            {
                target = TryMerge(target, other, merges) ?? target;
            }
        }

        return target;
    }

    private StoryState Start(StoryArticle article, List<string> created)
    {
        var id = Compare.Core.Stories.Grouping.StoryIds.For(article.ArticleId);
        var story = new StoryState(id, _dimensions);
        _stories[id] = story;
        created.Add(id);
        AddToStory(story, article);
        return story;
    }

    private void AddToStory(StoryState story, StoryArticle article)
    {
        var keys = article.Terms.Select(t => t.Key).Concat(article.Entities.Select(StorySimilarity.EntityKey)).Distinct(StringComparer.Ordinal).ToList();
        _statistics.Add(keys);
        story.Add(article);
        _storyOfArticle[article.ArticleId] = story.Id;
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var list))
            {
                list = [];
                _postings[key] = list;
            }

            list.Add(story.Id);
        }
    }

    private void Replace(StoryState story, StoryArticle article)
    {
        var members = story.Members.Select(m => m.ArticleId == article.ArticleId ? article : m).ToList();
        var old = story.Members.First(m => m.ArticleId == article.ArticleId);
        _statistics.Remove(old.Terms.Select(t => t.Key).Concat(old.Entities.Select(StorySimilarity.EntityKey)).Distinct(StringComparer.Ordinal));
        var rebuilt = new StoryState(story.Id, _dimensions);
        _stories[story.Id] = rebuilt;
        foreach (var m in members)
        {
            if (m.ArticleId == article.ArticleId)
            {
                AddToStory(rebuilt, m);
            }
            else
            {
                rebuilt.Add(m);
            }
        }
    }

    /// <summary>
    /// The keys a candidate search looks up: those some story already has, not so common that they say nothing (in more
    /// than a fifth of the articles, once there are enough to tell), most telling first (count × IDF, actors first).
    /// </summary>
    private IEnumerable<(string Key, double Idf)> LookupKeys(IEnumerable<(string Key, int Count)> keys)
    {
        var common = _statistics.Documents >= 50 ? _statistics.Documents / 5 : int.MaxValue;
        return keys
            .Where(k => _postings.ContainsKey(k.Key) && _statistics.Frequency(k.Key) <= common)
            .Select(k => (k.Key, k.Count, Idf: _statistics.Idf(k.Key)))
            .OrderBy(k => k.Key.StartsWith('@') ? 0 : 1).ThenByDescending(k => k.Count * k.Idf).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Take(_options.CandidateTerms)
            .Select(k => (k.Key, k.Idf));
    }

    private List<StoryState> Candidates(IEnumerable<(string Key, int Count)> keys, DateTimeOffset time)
    {
        var hits = new Dictionary<string, double>(StringComparer.Ordinal);
        var summed = keys.GroupBy(k => k.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(k => k.Count)));
        foreach (var (key, idf) in LookupKeys(summed))
        {
            var list = _postings[key];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = list.Count - 1; i >= 0 && i >= list.Count - PostingsScanned; i--)
            {
                var id = Resolve(list[i]);
                if (seen.Add(id) && _stories.TryGetValue(id, out var s) && s.IsNear(time, _options.Window))
                {
                    hits[id] = hits.GetValueOrDefault(id) + idf;
                }
            }
        }

        return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(_options.MaxCandidates)
            .Select(h => _stories[h.Key]).ToList();
    }

    private void SweepMerges(HashSet<string> changed, List<StoryMerge> merges, CancellationToken cancellationToken)
    {
        var queue = new Queue<string>(changed.Order(StringComparer.Ordinal));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Resolve(queue.Dequeue());
            if (!_stories.TryGetValue(id, out var story))
            {
                continue;
            }

            foreach (var other in Candidates(story.Members.SelectMany(Keys), story.Last).Where(c => c.Id != id && Overlaps(story, c)))
            {
                if (TryMerge(story, other, merges) is { } survivor)
                {
                    changed.Add(survivor.Id);
                    queue.Enqueue(survivor.Id);
                    break;
                }
            }
        }
    }

    private bool Overlaps(StoryState a, StoryState b) => a.IsNear(b.First, _options.Window) || a.IsNear(b.Last, _options.Window)
        || b.IsNear(a.First, _options.Window);

    /// <summary>Merges two stories when they are alike enough; the older one survives. Returns the survivor, or null.</summary>
    private StoryState? TryMerge(StoryState a, StoryState b, List<StoryMerge> merges)
    {
        var (score, embedding) = _similarity.Score(a, b);
        if (score < _options.MergeThreshold || embedding < _options.MinEmbeddingSimilarity)
        {
            return null;
        }

        var (into, from) = a.First < b.First || (a.First == b.First && string.CompareOrdinal(a.Id, b.Id) <= 0) ? (a, b) : (b, a);
        foreach (var m in from.Members)
        {
            into.Add(m);
            _storyOfArticle[m.ArticleId] = into.Id;
        }

        _stories.Remove(from.Id);
        _mergedInto[from.Id] = into.Id;
        merges.Add(new StoryMerge(from.Id, into.Id));
        return into;
    }

    private static IEnumerable<(string Key, int Count)> Keys(StoryArticle article) =>
        article.Terms.Select(t => (t.Key, t.Count)).Concat(article.Entities.Select(e => (StorySimilarity.EntityKey(e), 3)));

    private string Resolve(string id)
    {
        while (_mergedInto.TryGetValue(id, out var next))
        {
            id = next;
        }

        return id;
    }
}
