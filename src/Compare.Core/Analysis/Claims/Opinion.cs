using System.Text.RegularExpressions;

namespace Compare.Core.Analysis.Claims;

/// <summary>Words of opinion and judgement: "I think", "should", "arguably", "undeniable", "it is essential".</summary>
internal static partial class Opinion
{
    [GeneratedRegex(
        @"\b(I|we)\s+(think|believe|feel|hope|suspect)\b|\bin\s+(my|our)\s+(view|opinion)\b|\b(should|must|ought\s+to)\b|\barguably\b" +
            @"|\bundeniabl[ey]\b|\bclearly\b|\bobviously\b|\bsurely\b|\bof\s+course\b" +
            @"|\bis\s+(crucial|essential|vital|paramount|important|key)\b" +
            @"|\b(horrific|outrageous|shameful|disgraceful|absurd|ridiculous|brilliant|wonderful|terrible|awful|deplorable|heroic)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking)]
    public static partial Regex Pattern();
}
