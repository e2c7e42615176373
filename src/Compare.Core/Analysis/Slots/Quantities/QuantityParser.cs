using Compare.Core.Analysis.Slots.Dates;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>
/// Finds the figures of a sentence: value, unit or currency, magnitude, period, qualifier. Hand-written because no number
/// recognizer restores offline (Microsoft.Recognizers.Text does not); see <see cref="NumberReader"/>, <see cref="UnitReader"/>,
/// <see cref="QualifierWords"/>, <see cref="RatePeriods"/>, <see cref="VoteCounts"/>, <see cref="Proportions"/> and
/// <see cref="QuantityLinker"/>.
/// Numbers inside <c>blocked</c> spans (dates, times) are not figures; neither are bare years, ordinals, decades and codes
/// ("Local 214", "VX-40").
/// </summary>
internal static class QuantityParser
{
    private const int PeriodWindow = 6;

    /// <summary>Words before a number that make it a name or code rather than a figure.</summary>
    private static readonly HashSet<string> IdentifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "number", "no", "nos", "route", "flight", "room", "gate", "platform", "line", "channel", "page", "chapter", "section",
        "article", "level", "category", "grade", "phase", "stage", "round", "game", "episode", "season", "issue", "volume", "vol",
        "local", "unit", "district", "ward", "precinct", "bus", "highway", "interstate", "model", "version", "apartment", "suite",
        "pier", "terminal", "exit", "resolution", "amendment", "title", "rule", "code", "zone", "block", "lot", "ticket", "class",
    };

    private static readonly HashSet<string> PeriodStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "which", "who", "that", "because", "although", "though", "whereas", "than",
    };

    public static IReadOnlyList<Quantity> Parse(SentenceText sentence, IReadOnlyList<TextSpan> blocked)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(blocked);
        var tokens = sentence.Tokens;
        var drafts = new List<QuantityDraft>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (IsBlocked(tokens[i], blocked))
            {
                i++;
                continue;
            }

            if (VoteCounts.TryRead(tokens, i, out var a, out var b))
            {
                drafts.Add(a!);
                drafts.Add(b!);
                i = b!.Next;
                continue;
            }

            if (Proportions.TryRead(tokens, i) is { } share)
            {
                drafts.Add(share);
                i = share.Next;
                continue;
            }

            if (TryRead(tokens, i, blocked) is { } draft)
            {
                drafts.Add(draft);
                i = draft.Next;
                continue;
            }

            i++;
        }

        QuantityLinker.Link(tokens, drafts);
        var result = new List<Quantity>(drafts.Count);
        foreach (var d in drafts)
        {
            // A spelled-out number that counts nothing named ("the two of them", "one of the") is not a figure, unless it
            // is written with a magnitude ("The count was three hundred and ten thousand", "four hundred of them").
            if (d.Written && !d.Fraction && d.Unit.Length == 0 && !WrittenMagnitude(tokens, d))
            {
                continue;
            }

            result.Add(d.ToQuantity(sentence));
        }

        return result;
    }

    private static bool IsBlocked(Token t, IReadOnlyList<TextSpan> blocked)
    {
        foreach (var span in blocked)
        {
            if (span.Contains(t.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static QuantityDraft? TryRead(IReadOnlyList<Token> tokens, int i, IReadOnlyList<TextSpan> blocked)
    {
        var (currency, numberIndex) = CurrencyPrefix(tokens, i);
        if (numberIndex >= tokens.Count || IsBlocked(tokens[numberIndex], blocked))
        {
            return null;
        }

        if (!NumberReader.TryRead(tokens, numberIndex, currency is not null, out var number))
        {
            return currency is null ? ArticleMeasure(tokens, i) : null;
        }

        if (currency is null && tokens[numberIndex].IsWord && !WrittenNumberAllowed(tokens, numberIndex))
        {
            return null;
        }

        var unit = currency is null ? UnitReader.Read(tokens, number.Next, number) : UnitMatch.None(number.Next);
        if (currency is null && Age(tokens, numberIndex, number, unit) is { } age)
        {
            unit = age;
        }

        if (currency is null && number.PlainYearLike && unit.Unit is not ("percent" or "basis points"))
        {
            return null;
        }

        if (currency is null && (unit.Unit.Length == 0 && !number.Written && IsIdentifier(tokens, numberIndex) || NamedCode(tokens, numberIndex)))
        {
            return null;
        }

        var draft = new QuantityDraft
        {
            NumberFirst = numberIndex,
            NumberNext = number.Next,
            UnitNext = unit.Next,
            Next = unit.Next,
            Value = number.Value * unit.Factor,
            Magnitude = number.Magnitude,
            HasMagnitude = number.HasMagnitude,
            UnitFactor = unit.Factor,
            Unit = currency ?? unit.Unit,
            Written = number.Written,
            Fraction = number.Fraction,
        };

        var (qualifier, qualifierStart) = QualifierWords.ReadBefore(tokens, i);
        draft.First = qualifierStart;
        draft.Qualifier = qualifier;
        var (after, afterNext) = QualifierWords.ReadAfter(tokens, draft.UnitNext);
        if (after is { } q)
        {
            draft.Qualifier = q;
            draft.Next = afterNext;
            if (draft.Unit.Length == 0 && UnitReader.Read(tokens, afterNext, number) is { Unit.Length: > 0 } late)
            {
                // "300-plus percent": the unit comes after the qualifier.
                draft.Unit = late.Unit;
                draft.Value *= late.Factor;
                draft.UnitNext = late.Next;
                draft.Next = late.Next;
            }
        }

        if (draft.Next == draft.UnitNext)
        {
            AddSmallerDuration(tokens, draft);
        }

        ReadPeriod(tokens, draft, currency is not null || unit.IsCurrency);
        return draft;
    }

    /// <summary>
    /// "14 hours and 48 minutes", "two years and three months": a duration written in two units is one figure, in the
    /// first unit (14.8 hours), so that it compares with "almost 15 hours" rather than as 14 hours.
    /// </summary>
    private static void AddSmallerDuration(IReadOnlyList<Token> tokens, QuantityDraft draft)
    {
        var and = draft.UnitNext;
        if (Units.Scale(draft.Unit) is not ("s", var first) || and + 1 >= tokens.Count || !tokens[and].Is("and")
            || !NumberReader.TryRead(tokens, and + 1, false, out var number) || number.HasMagnitude || number.Fraction)
        {
            return;
        }

        var unit = UnitReader.Read(tokens, number.Next, number);
        if (Units.Scale(unit.Unit) is not ("s", var second) || second >= first)
        {
            return;
        }

        draft.Value += number.Value * unit.Factor * second / first;
        draft.UnitNext = unit.Next;
        draft.Next = unit.Next;
    }

    /// <summary>
    /// A person's age, as <see cref="Units.Age"/>: a whole number up to 120 set off by commas after a name ("Dr Canto, 52,
    /// is a physician"), after "aged", or in "a 52-year-old". Read as a bare number it would count the same thing as any
    /// lone count of the other sentence ("two club directors").
    /// </summary>
    private static UnitMatch? Age(IReadOnlyList<Token> tokens, int numberIndex, NumberMatch number, UnitMatch unit)
    {
        if (number.Written || number.Value is < 1 or > 120 || number.Value != Math.Floor(number.Value))
        {
            return null;
        }

        var n = unit.Next;
        if (unit.Unit == "year" && n + 1 < tokens.Count && tokens[n].IsPunct('-') && tokens[n + 1].Is("old")
            && tokens[n].Start == tokens[n - 1].End && tokens[n + 1].Start == tokens[n].End)
        {
            return new UnitMatch(Units.Age, n + 2, 1, false);
        }

        if (unit.Unit.Length > 0)
        {
            return null;
        }

        var appositive = numberIndex >= 2 && tokens[numberIndex - 1].IsPunct(',') && tokens[numberIndex - 2].IsWord
            && tokens[numberIndex - 2].IsCapitalized && number.Next < tokens.Count && tokens[number.Next].IsPunct(',');
        return appositive || (numberIndex >= 1 && tokens[numberIndex - 1].Is("aged")) ? new UnitMatch(Units.Age, number.Next, 1, false) : null;
    }

    /// <summary>"$", "US$", "€", "USD" before a number: the currency code and the index of the number.</summary>
    private static (string? Currency, int NumberIndex) CurrencyPrefix(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Symbol && Units.TryCurrencySymbol(t.Text, out var code))
        {
            return (code, i + 1);
        }

        if (t.IsWord && i + 1 < tokens.Count && tokens[i + 1].IsPunct('$') && tokens[i + 1].Start == t.End
            && Units.TryDollarPrefix(t.Text, out var prefixed))
        {
            return (prefixed, i + 2);
        }

        if (t.IsWord && Units.IsCurrencyCode(t.Text) && i + 1 < tokens.Count && tokens[i + 1].IsNumber)
        {
            return (t.Text == "RMB" ? "CNY" : t.Text, i + 1);
        }

        return (null, i);
    }

    /// <summary>"a mile", "an acre": an article before a unit of measure counts one of it ("an FT-7" names an engine).</summary>
    private static QuantityDraft? ArticleMeasure(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !(tokens[i].Is("a") || tokens[i].Is("an")) || !tokens[i + 1].IsLower
            || !Units.TryMeasureUnit(tokens[i + 1].Text, out var unit)
            || unit is "square" or "cubic" or "nautical" or "degree")
        {
            return null;
        }

        var (qualifier, start) = QualifierWords.ReadBefore(tokens, i);
        return new QuantityDraft
        {
            First = start, NumberFirst = i, NumberNext = i + 1, UnitNext = i + 2, Next = i + 2, Value = 1, Unit = unit,
                Qualifier = qualifier,
        };
    }

    /// <summary>"one" is a figure only when it counts something: not in "one of", "no one", "the one", "one another".</summary>
    private static bool WrittenNumberAllowed(IReadOnlyList<Token> tokens, int i)
    {
        if (!tokens[i].Is("one"))
        {
            return true;
        }

        if (i > 0 && tokens[i - 1].IsWord && (tokens[i - 1].Is("no") || tokens[i - 1].Is("the") || tokens[i - 1].Is("any")
            || tokens[i - 1].Is("every") || tokens[i - 1].Is("each") || tokens[i - 1].Is("which") || tokens[i - 1].Is("this")
            || tokens[i - 1].Is("that") || tokens[i - 1].Is("someone") || tokens[i - 1].Is("only")))
        {
            return false;
        }

        return i + 1 >= tokens.Count || !(tokens[i + 1].Is("of") || tokens[i + 1].Is("another") || tokens[i + 1].Is("day") && i
            + 2 < tokens.Count
            && tokens[i + 2].IsPunct(','));
    }

    /// <summary>
    /// "B-260", "F-16", "the Tessel-4 communications satellite", "the Kavrin-2": a number joined by a hyphen to a capitalised
    /// word names a model or a craft, whatever noun follows.
    /// </summary>
    private static bool NamedCode(IReadOnlyList<Token> tokens, int i) =>
        i >= 2 && tokens[i].IsNumber && tokens[i - 1].IsPunct('-') && tokens[i - 1].End == tokens[i].Start && tokens[i - 2].IsWord
        && tokens[i - 2].IsCapitalized && tokens[i - 2].End == tokens[i - 1].Start;

    /// <summary>Whether a spelled-out number has a magnitude among its words: "four hundred", "twenty thousand".</summary>
    private static bool WrittenMagnitude(IReadOnlyList<Token> tokens, QuantityDraft d)
    {
        for (var k = d.NumberFirst; k < d.NumberNext && k < tokens.Count; k++)
        {
            if (tokens[k].Is("hundred") || NumberWords.TryMagnitude(tokens[k].Text, out var m) && m > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Local 214", "VX-40", "No. 5", "bus number 9": a number that names something.</summary>
    private static bool IsIdentifier(IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var prev = tokens[i - 1];
        if (prev.IsPunct('#'))
        {
            return true;
        }

        if ((prev.IsPunct('-') || prev.IsPunct('.')) && prev.End == tokens[i].Start && i >= 2 && tokens[i - 2].IsWord
            && tokens[i - 2].End == prev.Start)
        {
            return prev.IsPunct('-') || IdentifierWords.Contains(tokens[i - 2].Text);
        }

        if (prev.IsPunct('.') && i >= 2 && IdentifierWords.Contains(tokens[i - 2].Text))
        {
            return true;
        }

        if (!prev.IsWord)
        {
            return false;
        }

        if (IdentifierWords.Contains(prev.Text))
        {
            return true;
        }

        // A capitalised word right before a number names it ("Route 66", "Boeing 737"), unless it opens the sentence.
        return prev.IsCapitalized && i - 1 > 0 && !DateWords.IsMonthOrWeekday(prev.Text);
    }

    private static void ReadPeriod(IReadOnlyList<Token> tokens, QuantityDraft draft, bool money)
    {
        var k = draft.Next;
        if (RatePeriods.ReadTime(tokens, k) is { } direct)
        {
            draft.Per = direct.Per;
            draft.Next = direct.Next;
            draft.UnitNext = direct.Next;
            return;
        }

        if (money && RatePeriods.ReadNonTime(tokens, k) is { } per)
        {
            draft.Unit = draft.Unit + " per " + per.Per;
            draft.Next = per.Next;
            draft.UnitNext = per.Next;
            return;
        }

        for (var j = k; j < tokens.Count && j < k + PeriodWindow; j++)
        {
            var t = tokens[j];
            if (t.Kind is TokenKind.Number or TokenKind.Symbol || (t.Kind == TokenKind.Punct && !t.IsPunct('-'))
                || (t.IsWord && PeriodStops.Contains(t.Text)))
            {
                return;
            }

            if (RatePeriods.ReadTime(tokens, j) is { } later && !RatePeriods.Attributive(tokens, k, j))
            {
                draft.Per = later.Per;
                return;
            }
        }
    }
}
