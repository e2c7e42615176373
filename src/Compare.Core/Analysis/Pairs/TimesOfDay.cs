using System.Globalization;
using System.Text.RegularExpressions;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// The clock times a statement gives ("at 10 am", "at 03:40 UTC", "shortly after 9.30pm", "at noon"), and whether two
/// statements' times clash: "evacuated at 10 am" and "at around 3 pm" differ, "at 10:00" and "at 10 am" agree, and an
/// approximate time ("around", "shortly after") allows an hour either way. A clash needs a time on each side that agrees
/// with none on the other, as for figures and dates. "2:07:14" (a duration) and "3.50 percent" are no times.
/// Hand-written: the date parser reads days, not hours, and no library on the mirror reads clock times in English text.
/// </summary>
internal static partial class TimesOfDay
{
    /// <summary>Minutes two exact times may lie apart and still agree ("10:00" and "10:03").</summary>
    private const int ExactSlack = 5;

    /// <summary>Minutes an approximate time allows either way ("around 3 pm" covers 2 pm to 4 pm).</summary>
    private const int ApproximateSlack = 60;

    [GeneratedRegex(@"(?<![\d:.])(?<h>[01]?\d|2[0-3])(?::(?<m>[0-5]\d)(?![:\d])\s*(?<ap>[ap]\.?m\.?(?![a-z]))?|\.(?<m>[0-5]\d)\s*(?<ap>[ap]\.?m\.?(?![a-z]))|\s*(?<ap>[ap]\.?m\.?(?![a-z])))|\b(?<word>noon|midday|midnight)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:around|about|approximately|roughly|nearly|almost|shortly|just|some time|sometime|soon)\b[\w\s]{0,8}$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Approximators();

    /// <summary>A clock time: minutes after midnight, whether it is approximate, and its words.</summary>
    public readonly record struct Time(int Minutes, bool Approximate, string Text);

    public static IReadOnlyList<Time> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Time>();
        foreach (Match m in Clock().Matches(text))
        {
            int minutes;
            if (m.Groups["word"].Success)
            {
                minutes = m.Groups["word"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 0 : 12 * 60;
            }
            else
            {
                var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
                var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
                if (m.Groups["ap"].Success)
                {
                    if (hour is 0 or > 12)
                    {
                        continue;
                    }

                    var pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
                    hour = (hour % 12) + (pm ? 12 : 0);
                }
                else if (m.Groups["h"].Value.Length < 2 && !Followed(text, m, "utc", "gmt", "local", "hours", "h"))
                {
                    // "3:40" without a clock word may be a score or a ratio; "03:40" and "13:40" are read as times.
                    if (!Preceded(text, m, "at", "from", "until", "by", "after", "before"))
                    {
                        continue;
                    }
                }

                minutes = (hour * 60) + minute;
            }

            var approximate = Approximators().IsMatch(text[..m.Index]);
            result.Add(new Time(minutes, approximate, m.Value.Trim()));
        }

        return result;
    }

    /// <summary>The first time of each side that agrees with nothing on the other side; null when no such pair clashes.</summary>
    public static (Time A, Time B)? Clash(string a, string b)
    {
        var (ta, tb) = (Of(a), Of(b));
        if (ta.Count == 0 || tb.Count == 0)
        {
            return null;
        }

        var freeA = ta.Where(x => !tb.Any(y => Agree(x, y))).ToList();
        var freeB = tb.Where(y => !ta.Any(x => Agree(x, y))).ToList();
        return freeA.Count > 0 && freeB.Count > 0 ? (freeA[0], freeB[0]) : null;
    }

    private static bool Agree(Time x, Time y)
    {
        var gap = Math.Abs(x.Minutes - y.Minutes);
        gap = Math.Min(gap, (24 * 60) - gap);
        return gap <= (x.Approximate || y.Approximate ? ApproximateSlack : ExactSlack);
    }

    private static bool Followed(string text, Match m, params string[] words)
    {
        var rest = text[(m.Index + m.Length)..].TrimStart();
        return words.Any(w => rest.StartsWith(w, StringComparison.OrdinalIgnoreCase)
            && (rest.Length == w.Length || !char.IsLetter(rest[w.Length])));
    }

    private static bool Preceded(string text, Match m, params string[] words)
    {
        var before = text[..m.Index].TrimEnd();
        return words.Any(w => before.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase) || before.Equals(w, StringComparison.OrdinalIgnoreCase));
    }
}
