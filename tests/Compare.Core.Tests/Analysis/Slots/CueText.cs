using Compare.Core.Analysis.Slots.Cues;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots;

/// <summary>Runs polarity, certainty and attribution detection on one sentence.</summary>
internal static class CueText
{
    public static (Polarity Polarity, IReadOnlyList<string> Cues) Polarity(string sentence)
    {
        var s = new SentenceText(sentence, 0);
        return PolarityDetector.Detect(s.Tokens, CueScope.Excluded(s.Tokens));
    }

    public static (Certainty Certainty, IReadOnlyList<string> Cues) Certainty(string sentence)
    {
        var s = new SentenceText(sentence, 0);
        return CertaintyDetector.Detect(s.Tokens, CueScope.Excluded(s.Tokens));
    }

    public static Attribution? Attribution(string sentence, string? lastPerson = null, string? lastBody = null)
    {
        var s = new SentenceText(sentence, 0);
        var entities = EntityText.Entities(sentence)[0];
        return AttributionDetector.Detect(s, entities, lastPerson, CueScope.Excluded(s.Tokens), lastBody);
    }
}
