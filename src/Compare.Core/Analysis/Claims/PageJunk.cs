using System.Text.RegularExpressions;

namespace Compare.Core.Analysis.Claims;

/// <summary>
/// Page furniture and calls to action that scraped article text carries: comment prompts, "explore other articles on our
/// site", newsletter and share boxes, "[Back to Top]", tables of contents, bylines and "Reporting by X; Editing by Y" credits.
/// </summary>
internal static partial class PageJunk
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// The phrase list has dozens of branches that may start at any word; a backtracking matcher would try each branch at each
    /// letter, the automaton reads every character once.
    /// </summary>
    private const RegexOptions Automaton = Options | RegexOptions.NonBacktracking;

    [GeneratedRegex(
        @"\bcomments?\s+(below|section)\b|\bin\s+the\s+comments\b" +
            @"|\bshare\s+your\s+(thoughts|views|opinions?|stories|story|experience)\b" +
            @"|\b(explore|read|see|check\s+out|browse|discover)\s+(more|other|our|related|all)\b" +
            @"[^.]{0,40}\b(articles?|stories|posts|coverage|content|features)\b" +
            @"|\bon\s+our\s+(site|website|web\s+site|page|channel|app|podcast)\b|\bsign(ing)?\s+up\s+(for|to)\b|\bsubscribe\b" +
            @"|\bnewsletters?\b|\bclick\s+here\b|\bback\s+to\s+top\b|\btable\s+of\s+contents\b|\ball\s+rights\s+reserved\b|©" +
            @"|\bcopyright\s+(©\s*)?\d{4}\b|\bcookies?\b[^.]{0,40}\b(policy|settings|consent|accept)\b|\bprivacy\s+policy\b" +
            @"|\bterms\s+of\s+(use|service)\b|\b(additional\s+)?(reporting|writing|editing)\s+by\s+(?-i:\p{Lu})" +
            @"|\bcontributed\s+(reporting\s+)?to\s+this\s+(report|story|article)\b" +
            @"|^\s*(updated|published|posted|last\s+updated)\b\s*(on\b|:)|\b\d+\s+min(ute)?s?\s+read\b" +
            @"|^\s*(watch|listen|read\s+more|related|see\s+also|also\s+read|more|advertisement|sponsored|photo|image|video" +
            @"|caption|credit|getty\s+images)\s*:" +
            @"|\bfollow\s+us\b|\bshare\s+(this|on)\b|\blet\s+us\s+know\b|\bwe('d|\s+would)\s+love\s+to\s+hear\b|\btell\s+us\b" +
            @"|\bsend\s+(us\s+)?your\s+(questions|tips|stories)\b|\bstay\s+tuned\b|\bdownload\s+(our|the)\s+app\b|\bdonate\b" +
            @"|\bsupport\s+(our|independent)\s+journalism\b" +
            @"|\bthis\s+(article|story|report)\s+(was|has\s+been)\s+(updated|corrected|amended)\b" +
            @"|\bwe'?ll\s+keep\s+(following|you\s+(posted|updated))\b|\bkeep\s+reading\b|\bscroll\s+down\b" +
            @"|^\W*no\s+comments?\s+yet\b|\bbe\s+the\s+first\s+to\s+comment\b|\bkeep\s+checking\s+back\b",
        Automaton)]
    public static partial Regex Pattern();

    /// <summary>Sentences about the article itself: "Here's a look at...", "Here is what the documents show", "What to watch".</summary>
    [GeneratedRegex(
        @"^\W*(here'?s|here\s+is|here\s+are|this\s+is\s+what|below\s+is|what\s+(to\s+watch|we\s+know|comes\s+next|it\s+means))\b",
        Options)]
    public static partial Regex Meta();

    /// <summary>
    /// A byline line: "By Jane Doe" or "By Jane Doe and John Roe, Reuters". The names must be capitalised (case-sensitive
    /// inside the ignore-case pattern), so "By the police's reckoning, sixty-four thousand people took part." is prose.
    /// </summary>
    [GeneratedRegex(
        @"^\s*by\s+(?-i:\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*)\s*$",
        Options)]
    public static partial Regex Byline();
}
