using System.Text;

namespace Compare.Crawling.Extraction;

/// <summary>
/// The measure of the ScrapingHub article-extraction benchmark, reimplemented to report comparable figures: texts become
/// word 4-grams (tokens are runs of word characters, case kept), true/false positives and false negatives are counted
/// over the 4-gram multisets and normalised per page; over a set of pages, precision and recall are averaged and F1 is
/// computed from the two averages.
/// </summary>
internal readonly record struct ShingleScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    private const int N = 4;

    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

    public static ShingleScore Of(string extracted, string truth)
    {
        var got = Shingles(extracted);
        var want = Shingles(truth);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in got.Keys.Union(want.Keys))
        {
            var g = got.GetValueOrDefault(key);
            var w = want.GetValueOrDefault(key);
            tp += Math.Min(g, w);
            fp += Math.Max(0, g - w);
            fn += Math.Max(0, w - g);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    /// <summary>Mean precision, mean recall and the F1 of the two, as the benchmark aggregates pages.</summary>
    public static (double Precision, double Recall, double F1) Aggregate(IReadOnlyCollection<ShingleScore> scores)
    {
        var p = scores.Where(s => s.TruePositive + s.FalsePositive > 0 || (s.FalsePositive == 0 && s.FalseNegative == 0)).Select(s => s.Precision).DefaultIfEmpty(0).Average();
        var r = scores.Where(s => s.TruePositive + s.FalseNegative > 0 || (s.FalsePositive == 0 && s.FalseNegative == 0)).Select(s => s.Recall).DefaultIfEmpty(0).Average();
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - N + 1); i++)
        {
            if (i >= tokens.Count)
            {
                break;
            }

            var key = string.Join('\u0001', tokens.Skip(i).Take(N));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    private static List<string> Tokens(string text)
    {
        var list = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                list.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            list.Add(sb.ToString());
        }

        return list;
    }
}
