namespace Compare.Core.Stories.Grouping;

/// <summary>Document frequencies of terms over the articles seen, for inverse document frequency weights.</summary>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public void Add(IEnumerable<string> keys)
    {
        Documents++;
        foreach (var key in keys)
        {
            _frequency[key] = _frequency.GetValueOrDefault(key) + 1;
        }
    }

    public void Remove(IEnumerable<string> keys)
    {
        Documents = Math.Max(0, Documents - 1);
        foreach (var key in keys)
        {
            if (_frequency.TryGetValue(key, out var n))
            {
                if (n <= 1)
                {
                    _frequency.Remove(key);
                }
                else
                {
                    _frequency[key] = n - 1;
                }
            }
        }
    }

    /// <summary>Articles holding the term.</summary>
    public int Frequency(string key) => _frequency.GetValueOrDefault(key);

    /// <summary>Smoothed IDF: log((N + 1) / (df + 0.5)); positive for every term, largest for the rarest.</summary>
    public double Idf(string key) => Math.Log((Documents + 1.0) / (_frequency.GetValueOrDefault(key) + 0.5));
}
