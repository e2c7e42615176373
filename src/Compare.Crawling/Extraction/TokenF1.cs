using System.Globalization;
using System.Text;

namespace Compare.Crawling.Extraction;

/// <summary>
/// Token-level precision, recall and F1 of an extracted text against the true body, the measure of the ScrapingHub
/// article-extraction benchmark: both texts become bags of lower-cased word tokens (runs of letters and digits), and
/// the overlap counts each token as often as it occurs in both.
/// </summary>
internal readonly record struct TokenF1(double Precision, double Recall, double F1)
{
    public static TokenF1 Of(string extracted, string truth)
    {
        var got = Bag(extracted);
        var want = Bag(truth);
        var overlap = got.Sum(kv => Math.Min(kv.Value, want.GetValueOrDefault(kv.Key)));
        var gotCount = got.Values.Sum();
        var wantCount = want.Values.Sum();
        if (gotCount == 0 && wantCount == 0)
        {
            return new TokenF1(1, 1, 1);
        }

        var precision = gotCount == 0 ? 0 : (double)overlap / gotCount;
        var recall = wantCount == 0 ? 0 : (double)overlap / wantCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TokenF1(precision, recall, f1);
    }

    public static IEnumerable<string> Tokens(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    private static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in Tokens(text))
        {
            bag[t] = bag.GetValueOrDefault(t) + 1;
        }

        return bag;
    }
}
