using System.Text.Json;
using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>
/// The alias table (<c>Resources/aliases.json</c>, embedded): canonical names of real-world actors and the ways news text names
/// them ("Tehran" → Iran, "the IDF" → Israel Defense Forces). Matching works on tokens, longest alias first. A capitalised alias
/// word matches only the same word (or the word in capitals, as in datelines); a lower-case one matches any case, so
/// "the Israeli military" also matches at the start of a sentence. A leading "the" is dropped from every alias.
/// </summary>
internal sealed class AliasTable
{
    public const string ResourceName = "Compare.Core.Resources.aliases.json";

    private static readonly Lazy<AliasTable> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, List<(string[] Tokens, AliasEntry Entry)>> byFirst;

    private AliasTable(Dictionary<string, List<(string[] Tokens, AliasEntry Entry)>> byFirst, int count)
    {
        this.byFirst = byFirst;
        Count = count;
    }

    /// <summary>The table shipped in the assembly, loaded once.</summary>
    public static AliasTable Default => Embedded.Value;

    /// <summary>Number of entities.</summary>
    public int Count { get; }

    /// <summary>Parses a table in the format of <c>aliases.json</c>; errors name <paramref name="source"/> and the entry.</summary>
    public static AliasTable Parse(string json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new AliasFormatException($"{source}: not valid JSON: {ex.Message}", ex);
        }

        using (doc)
        {
            if (!doc.RootElement.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array)
            {
                throw new AliasFormatException($"{source}: $.entities is missing or not an array");
            }

            var byFirst = new Dictionary<string, List<(string[], AliasEntry)>>(StringComparer.OrdinalIgnoreCase);
            var count = 0;
            foreach (var e in entities.EnumerateArray())
            {
                var path = $"$.entities[{count}]";
                var entry = new AliasEntry(Str(e, "canonical", source, path), Kind(Str(e, "kind", source, path), source, path));
                if (!e.TryGetProperty("aliases", out var aliases) || aliases.ValueKind != JsonValueKind.Array)
                {
                    throw new AliasFormatException($"{source}: {path}.aliases is missing or not an array");
                }

                foreach (var alias in aliases.EnumerateArray().Select(a => a.GetString()).Append(entry.Canonical))
                {
                    Add(byFirst, alias, entry, source, path);
                }

                count++;
            }

            foreach (var list in byFirst.Values)
            {
                list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
            }

            return new AliasTable(byFirst, count);
        }
    }

    /// <summary>
    /// The longest alias starting at token <paramref name="i"/> and ending before token <paramref name="limit"/>, or null.
    /// </summary>
    public AliasMatch? Match(IReadOnlyList<Token> tokens, int i, int limit = int.MaxValue)
    {
        if (i >= tokens.Count || !byFirst.TryGetValue(tokens[i].Text, out var candidates))
        {
            return null;
        }

        foreach (var (words, entry) in candidates)
        {
            if (i + words.Length > Math.Min(tokens.Count, limit))
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                all = WordMatches(words[k], tokens[i + k].Text);
            }

            if (all)
            {
                return new AliasMatch(entry, i, i + words.Length);
            }
        }

        return null;
    }

    /// <summary>The entry whose alias is exactly <paramref name="text"/> (tokenized the same way), or null.</summary>
    public AliasEntry? Lookup(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var first = tokens.Count > 1 && tokens[0].Is("the") ? 1 : 0;
        return first < tokens.Count && Match(tokens, first) is { } m && m.Next == tokens.Count ? m.Entry : null;
    }

    private static void Add(
        Dictionary<string, List<(string[], AliasEntry)>> byFirst, string? alias, AliasEntry entry, string source, string path)
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            throw new AliasFormatException($"{source}: {path}.aliases has an empty alias");
        }

        var words = Tokenizer.Tokenize(alias).Select(t => Normalize(t.Text)).ToList();
        if (words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        if (!byFirst.TryGetValue(words[0], out var list))
        {
            byFirst[words[0]] = list = [];
        }

        if (!list.Exists(x => x.Item1.SequenceEqual(words, StringComparer.Ordinal)))
        {
            list.Add(([.. words], entry));
        }
    }

    private static bool WordMatches(string aliasWord, string textWord)
    {
        textWord = Normalize(textWord);
        if (!aliasWord.Any(char.IsUpper))
        {
            return aliasWord.Equals(textWord, StringComparison.OrdinalIgnoreCase);
        }

        if (aliasWord.Equals(textWord, StringComparison.Ordinal))
        {
            return true;
        }

        // Datelines and headlines in capitals: "TEHRAN" is "Tehran".
        return textWord.Length > 1 && textWord.All(c => !char.IsLetter(c) || char.IsUpper(c))
            && aliasWord.Equals(textWord, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string word) => word.Replace('’', '\'').Replace('‘', '\'');

    private static string Str(JsonElement e, string name, string source, string path) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(p.GetString())
            ? p.GetString()!
            : throw new AliasFormatException($"{source}: {path}.{name} is missing or not a string");

    private static EntityKind Kind(string kind, string source, string path) => kind switch
    {
        "person" => EntityKind.Person,
        "organization" => EntityKind.Organization,
        "place" => EntityKind.Place,
        "other" => EntityKind.Other,
        _ => throw new AliasFormatException($"{source}: {path}.kind is \"{kind}\"; expected person, organization, place or other"),
    };

    private static AliasTable LoadEmbedded()
    {
        using var stream = typeof(AliasTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new AliasFormatException(
                $"{ResourceName}: embedded resource not found in {typeof(AliasTable).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }
}
