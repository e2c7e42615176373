using System.Text;
using Compare.Core.Analysis.Text;

namespace Compare.Core.Tests.Analysis.Text;

public sealed class SentenceSegmenterTests
{
    private static List<string> Sentences(string text) => SentenceSegmenter.Split(text).Select(s => text.Substring(s.Start,
        s.Length)).ToList();

    [Theory]
    [InlineData("Dr. Smith met Gen. Jones in the U.S. on Feb. 3. They talked.",
        "Dr. Smith met Gen. Jones in the U.S. on Feb. 3.|They talked.")]
    [InlineData("Sen. Ruiz and Rep. Berg of Acme Inc. spoke at length.", "Sen. Ruiz and Rep. Berg of Acme Inc. spoke at length.")]
    [InlineData("Shares fell at Acme Inc. The company said nothing.", "Shares fell at Acme Inc.|The company said nothing.")]
    [InlineData("It happened at 11 p.m. Wednesday and again at 6 a.m. The crews left.",
        "It happened at 11 p.m. Wednesday and again at 6 a.m.|The crews left.")]
    [InlineData("John F. Kennedy and J. K. Rowling never met.", "John F. Kennedy and J. K. Rowling never met.")]
    [InlineData("The U.S. State Department said so. Iran denied it.", "The U.S. State Department said so.|Iran denied it.")]
    [InlineData("Troops left the U.S. They returned later.", "Troops left the U.S.|They returned later.")]
    [InlineData("It fell to $1.5 billion. Rates rose 5.25% in May.", "It fell to $1.5 billion.|Rates rose 5.25% in May.")]
    [InlineData("He said, \"It is over.\" Then he left.", "He said, \"It is over.\"|Then he left.")]
    [InlineData("“Hamas is the son (of Iran).” This declaration mattered.", "“Hamas is the son (of Iran).”|This declaration mattered.")]
    [InlineData("\"Is it over?\" she asked. Nobody knew.", "\"Is it over?\" she asked.|Nobody knew.")]
    [InlineData("Wait... The results came. And then... nothing.", "Wait...|The results came.|And then... nothing.")]
    [InlineData("Wait… The results came.", "Wait…|The results came.")]
    [InlineData("Really? Yes! It worked.", "Really?|Yes!|It worked.")]
    [InlineData("\"They raised our taxes again?\" Renner said. It ended.", "\"They raised our taxes again?\" Renner said.|It ended.")]
    [InlineData("\"Why now?\" asked Mr. Lee. Nobody knew.", "\"Why now?\" asked Mr. Lee.|Nobody knew.")]
    [InlineData("\"Is it over?\" The crowd cheered.", "\"Is it over?\"|The crowd cheered.")]
    [InlineData("Visit example.com for more. Node.js is fine.", "Visit example.com for more.|Node.js is fine.")]
    [InlineData("See No. 5 and Fig. 3 for data.", "See No. 5 and Fig. 3 for data.")]
    [InlineData("It costs $5. That is cheap.", "It costs $5.|That is cheap.")]
    [InlineData("Autonomy vs. Direction: The Debate", "Autonomy vs. Direction: The Debate")]
    [InlineData("The St. Mary's hospital took 3 patients.", "The St. Mary's hospital took 3 patients.")]
    [InlineData("Western interests.The PIJ Precedent: An Unintended Facilitation",
        "Western interests.|The PIJ Precedent: An Unintended Facilitation")]
    [InlineData("financial ties. [Back to Top]Financial Lifeline: Iran's Support",
        "financial ties.|[Back to Top]|Financial Lifeline: Iran's Support")]
    [InlineData("explore other articles on our site.- Lyn May Before She Was Famous",
        "explore other articles on our site.|Lyn May Before She Was Famous")]
    [InlineData("Done. [Back to Top] ---Conclusion", "Done.|[Back to Top]|Conclusion")]
    [InlineData("First line\nSecond line", "First line|Second line")]
    [InlineData("This sentence is\nwrapped across lines.", "This sentence is\nwrapped across lines.")]
    [InlineData("Para one ends\n\nand para two", "Para one ends|and para two")]
    [InlineData("Heading\r\n\r\nBody text here.", "Heading|Body text here.")]
    [InlineData("- item one\n- item two\n* item three\n• item four", "item one|item two|item three|item four")]
    [InlineData("1. First step\n2. Second step", "First step|Second step")]
    [InlineData("Apples • Pears • Plums", "Apples|Pears|Plums")]
    [InlineData("The vote was 6-3. (Reporting by Jane Doe; Editing by John Roe)",
        "The vote was 6-3.|(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("Oct. 1 was quiet. On Oct. 2, Iran struck.", "Oct. 1 was quiet.|On Oct. 2, Iran struck.")]
    [InlineData("It ended in 2024. 2025 began calmly.", "It ended in 2024.|2025 began calmly.")]
    public void Split_Text_GivesTheseSentences(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  ")]
    [InlineData("--- *** ___")]
    [InlineData("• • •")]
    public void Split_NoText_GivesNoSentence(string text)
    {
        Assert.Empty(SentenceSegmenter.Split(text));
    }

    [Fact]
    public void Split_Spans_AreOrderedTrimmedAndInsideTheText()
    {
        const string Text = "  Iran spoke.  Hamas replied!\n\n- Hezbollah waited?  ";
        var spans = SentenceSegmenter.Split(Text);
        Assert.Equal(3, spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var s = Text.Substring(spans[i].Start, spans[i].Length);
            Assert.Equal(s.Trim(), s);
            Assert.True(i == 0 || spans[i].Start >= spans[i - 1].End);
        }

        Assert.Equal("Hezbollah waited?", Text.Substring(spans[2].Start, spans[2].Length));
    }

    [Fact]
    public void Split_SeedDocument_KeepsItsSentencesAndSplitsItsJunk()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "source", "000_2d0df26f423f7034.txt"));
        var sentences = Sentences(text);
        Assert.True(sentences.Count > 120, $"{sentences.Count} sentences");
        Assert.Contains("Since the early 1990s, the Islamic Republic of Iran has been sponsoring Hamas with military aid and training a" +
            "nd financial aid.",
            sentences);
        Assert.Contains("According to a 2020 US Department of State report, Iran provides about $100 million annually to Palestinian mi" +
            "litant " +
            "groups, with a significant portion directed towards Hamas.", sentences);
        Assert.Contains("The PIJ Precedent: An Unintended Facilitation", sentences);
        Assert.Contains("[Back to Top]", sentences);
        Assert.Contains("Annual Funding and Weaponry: A Constant Stream", sentences);
        Assert.Contains("For more in-depth analysis on Middle Eastern geopolitics, explore other articles on our site.", sentences);
        Assert.Contains("Lyn May Before She Was Famous A Transformation Story", sentences);
        Assert.Contains("Khaled Mashal, former leader of Hamas’ political bureau, stated in 2007 that “Hamas is the spiritual son of Kh" +
            "omeini " +
            "(the founder of the Islamic Revolution in Iran).”", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("[Back to Top]", StringComparison.Ordinal) && s.Length > "[Back to Top]".Length);
    }

    [Fact]
    public void Split_TenMegabytesWithoutBreaks_CutsAtTheMaximumLength()
    {
        var text = new string('x', 10 * 1024 * 1024);
        var spans = SentenceSegmenter.Split(text);
        Assert.Equal(text.Length, spans.Sum(s => s.Length));
        Assert.All(spans, s => Assert.InRange(s.Length, 1, SentenceSegmenter.MaxSentenceLength));
    }

    [Fact]
    public void Split_LongRunOnWithSpaces_CutsAtWhitespace()
    {
        var text = string.Concat(Enumerable.Repeat("word and word ", 1000));
        var spans = SentenceSegmenter.Split(text);
        Assert.True(spans.Count > 1);
        Assert.All(spans, s =>
        {
            Assert.True(s.Length <= SentenceSegmenter.MaxSentenceLength);
            Assert.False(char.IsWhiteSpace(text[s.Start]));
            Assert.False(char.IsWhiteSpace(text[s.End - 1]));
        });
    }

    [Fact]
    public void Split_BinaryJunk_StaysInsideTheText()
    {
        var random = new Random(42);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var spans = SentenceSegmenter.Split(text);
        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.End <= text.Length && s.Length > 0));
    }
}
