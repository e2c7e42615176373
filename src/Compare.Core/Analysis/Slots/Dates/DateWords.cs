
namespace Compare.Core.Analysis.Slots.Dates;

/// <summary>Month and weekday names and abbreviations.</summary>
internal static class DateWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7, ["August"] = 8,
        ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12, ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3,
        ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9, ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>Days of the month as ordinal words: "third", "eighteenth", "twenty-eighth".</summary>
    private static readonly Dictionary<string, int> OrdinalDays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14,
        ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
        ["thirtieth"] = 30,
    };

    /// <summary>The day an ordinal word names: "third" is 3, "twenty-eighth" and "twenty eighth" are 28.</summary>
    public static bool TryOrdinalDay(string words, out int day)
    {
        var parts = words.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        day = 0;
        if (parts.Length == 1)
        {
            return OrdinalDays.TryGetValue(parts[0], out day);
        }

        var tens = parts[0].ToLowerInvariant() switch { "twenty" => 20, "thirty" => 30, _ => 0 };
        if (parts.Length != 2 || tens == 0 || !OrdinalDays.TryGetValue(parts[1], out var unit) || unit > 9)
        {
            return false;
        }

        day = tens + unit;
        return day <= 31;
    }

    public static bool TryMonth(string word, out int month) => Months.TryGetValue(word.TrimEnd('.'), out month);

    public static bool TryWeekday(string word, out DayOfWeek day) => Weekdays.TryGetValue(word, out day);

    public static bool IsMonthOrWeekday(string word) => Months.ContainsKey(word) || Weekdays.ContainsKey(word);
}
