namespace Compare.Crawling.Robots;

/// <summary>One allow or disallow line: a path pattern with <c>*</c> (any run of characters) and a trailing <c>$</c> (end of URL).</summary>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>True when the pattern matches the start of <paramref name="path"/> (path plus query).</summary>
    public bool Matches(string path) => Match(Pattern, 0, path, 0);

    private static bool Match(string pattern, int pi, string path, int si)
    {
        while (pi < pattern.Length)
        {
            var c = pattern[pi];
            if (c == '$' && pi == pattern.Length - 1)
            {
                return si == path.Length;
            }

            if (c == '*')
            {
                // Collapse runs of '*', then try every split point; patterns are short, so this stays cheap.
                while (pi < pattern.Length && pattern[pi] == '*')
                {
                    pi++;
                }

                if (pi == pattern.Length)
                {
                    return true;
                }

                for (var k = si; k <= path.Length; k++)
                {
                    if (Match(pattern, pi, path, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (si >= path.Length || path[si] != c)
            {
                return false;
            }

            pi++;
            si++;
        }

        return true;
    }
}
