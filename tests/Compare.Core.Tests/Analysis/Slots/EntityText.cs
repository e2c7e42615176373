using Compare.Core.Analysis.Slots.Entities;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Tests.Analysis.Slots;

/// <summary>Runs entity recognition and article-level resolution over a few sentences.</summary>
internal static class EntityText
{
    /// <summary>Per sentence: "Canonical&lt;Kind&gt;" of each entity, joined by " | ".</summary>
    public static IReadOnlyList<string> Describe(params string[] sentences) =>
        Entities(sentences).Select(list => string.Join(" | ", list.Select(e => $"{e.Canonical}<{e.Kind}>"))).ToList();

    public static IReadOnlyList<IReadOnlyList<EntityMention>> Entities(params string[] sentences)
    {
        var offset = 0;
        var texts = new List<SentenceText>();
        foreach (var s in sentences)
        {
            texts.Add(new SentenceText(s, offset));
            offset += s.Length + 1;
        }

        var lower = texts.SelectMany(t => t.Tokens).Where(t => t.IsLower).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var recognizer = new EntityRecognizer(AliasTable.Default);
        return EntityResolver.Resolve(texts, texts.Select(t => recognizer.Recognize(t, lower)).ToList());
    }
}
