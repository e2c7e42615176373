
namespace Compare.Core.Analysis.Text;

/// <summary>
/// Which tokens are inside quotation marks. Curly quotes say which way they go; a straight quote opens after a space or at
/// the start and closes otherwise. A closing mark with no opening one (the quote began in the previous sentence) quotes
/// everything before it; an opening mark never closed quotes everything after it.
/// </summary>
internal static class Quotes
{
    public static bool[] Inside(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var inside = new bool[tokens.Count];
        var open = -1;
        var sawOpen = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var opening = t.IsPunct('“') || (t.IsPunct('"') && (i == 0 || tokens[i - 1].End < t.Start || IsOpenerBefore(tokens[i - 1]))
                && open < 0);
            var closing = t.IsPunct('”') || (t.IsPunct('"') && !opening);
            if (opening)
            {
                open = i;
                sawOpen = true;
                continue;
            }

            if (closing)
            {
                var from = open >= 0 ? open : sawOpen ? i : 0;
                for (var k = from; k < i; k++)
                {
                    inside[k] = true;
                }

                open = -1;
                sawOpen = true;
            }
        }

        if (open >= 0)
        {
            for (var k = open; k < tokens.Count; k++)
            {
                inside[k] = true;
            }
        }

        return inside;
    }

    private static bool IsOpenerBefore(Token t) => t.IsPunct('(') || t.IsPunct('[') || t.IsPunct('—') || t.IsPunct('–');
}
