using System.Globalization;
using System.Text.Json;
using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>
/// Reads <c>gold.json</c> (schema in <c>seeds/README.md</c>) strictly: a missing field, a wrong type or an unknown
/// enum value is an error naming the file and the JSON path, so a typo in the labels cannot pass silently.
/// </summary>
public static class GoldReader
{
    /// <summary>The schema version this reader understands.</summary>
    public const int SchemaVersion = 1;

    public static GoldTopic ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            using var doc = JsonDocument.Parse(stream);
            return Read(doc.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new CorpusFormatException($"{path}: not valid JSON: {ex.Message}", ex);
        }
    }

    public static GoldTopic Read(JsonElement root, string source)
    {
        var ctx = new Ctx(source);
        var version = ctx.Int(root, "schemaVersion", "$");
        if (version != SchemaVersion)
        {
            throw ctx.Error("$.schemaVersion", $"is {version}; this reader understands {SchemaVersion}");
        }

        var articles = ctx.Array(root, "articles", "$")
            .Select((a, i) => new GoldArticleRef(ctx.Str(a, "outlet", $"$.articles[{i}]"), ctx.Str(a, "file", $"$.articles[{i}]")))
            .ToList();
        var facts = ctx.Array(root, "facts", "$").Select((f, i) => ReadFact(ctx, f, $"$.facts[{i}]")).ToList();
        return new GoldTopic(ctx.Str(root, "topic", "$"), ctx.Str(root, "title", "$"), ctx.Str(root, "kind", "$"), articles, facts);
    }

    private static GoldFact ReadFact(Ctx ctx, JsonElement f, string path)
    {
        var mentions = new Dictionary<string, GoldMention?>(StringComparer.Ordinal);
        foreach (var m in ctx.Prop(f, "mentions", path, JsonValueKind.Object).EnumerateObject())
        {
            var mp = $"{path}.mentions.{m.Name}";
            if (m.Value.ValueKind == JsonValueKind.String && m.Value.GetString() == "omitted")
            {
                mentions[m.Name] = null;
                continue;
            }

            if (m.Value.ValueKind != JsonValueKind.Object)
            {
                throw ctx.Error(mp, "must be an object or the string \"omitted\"");
            }

            var sentences = ctx.Array(m.Value, "sentences", mp).Select((s, i) => ctx.AsString(s, $"{mp}.sentences[{i}]")).ToList();
            mentions[m.Name] = new GoldMention(sentences, ReadValue(ctx, ctx.Prop(m.Value, "value", mp, JsonValueKind.Object), $"{mp}.value"));
        }

        var relation = ctx.Str(f, "relation", path);
        if (relation is not ("agree" or "differ"))
        {
            throw ctx.Error($"{path}.relation", $"is \"{relation}\"; expected \"agree\" or \"differ\"");
        }

        var differences = ctx.Array(f, "differences", path).Select((d, i) =>
        {
            var dp = $"{path}.differences[{i}]";
            var groups = ctx.Array(d, "groups", dp)
                .Select((g, gi) => (IReadOnlyList<string>)[.. ctx.AsArray(g, $"{dp}.groups[{gi}]").Select(o => ctx.AsString(o, $"{dp}.groups[{gi}]"))])
                .ToList();
            var note = d.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
            return new GoldDifference(ctx.Enum<DifferenceKind>(d, "kind", dp), groups, note);
        }).ToList();

        return new GoldFact(ctx.Str(f, "id", path), ctx.Str(f, "statement", path), ctx.Int(f, "salience", path), mentions,
            relation == "differ", differences);
    }

    private static GoldValue ReadValue(Ctx ctx, JsonElement v, string path)
    {
        var quantities = ctx.Array(v, "quantities", path).Select((q, i) =>
        {
            var qp = $"{path}.quantities[{i}]";
            var per = ctx.Prop(q, "per", qp);
            return new GoldQuantity(
                ctx.Prop(q, "value", qp, JsonValueKind.Number).GetDouble(),
                ctx.Str(q, "unit", qp),
                per.ValueKind == JsonValueKind.Null ? null : ctx.AsString(per, $"{qp}.per"),
                ctx.Bool(q, "approximate", qp));
        }).ToList();
        var dates = ctx.Array(v, "dates", path).Select((d, i) => ctx.AsString(d, $"{path}.dates[{i}]")).ToList();
        var actors = ctx.Array(v, "actors", path).Select((a, i) => ctx.AsString(a, $"{path}.actors[{i}]")).ToList();
        var attribution = ctx.Prop(v, "attribution", path);
        return new GoldValue(quantities, dates, actors, ctx.Enum<Polarity>(v, "polarity", path),
            attribution.ValueKind == JsonValueKind.Null ? null : ctx.AsString(attribution, $"{path}.attribution"),
            ctx.Enum<Certainty>(v, "certainty", path));
    }

    private sealed class Ctx(string source)
    {
        public CorpusFormatException Error(string path, string what) => new($"{source}: {path} {what}");

        public JsonElement Prop(JsonElement e, string name, string path, JsonValueKind? kind = null)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var p))
            {
                throw Error($"{path}.{name}", "is missing");
            }

            if (kind is { } k && p.ValueKind != k)
            {
                throw Error($"{path}.{name}", $"must be {k.ToString().ToLowerInvariant()}, is {p.ValueKind.ToString().ToLowerInvariant()}");
            }

            return p;
        }

        public string Str(JsonElement e, string name, string path) => Prop(e, name, path, JsonValueKind.String).GetString()!;

        public int Int(JsonElement e, string name, string path) =>
            Prop(e, name, path, JsonValueKind.Number).TryGetInt32(out var i) ? i : throw Error($"{path}.{name}", "must be an integer");

        public bool Bool(JsonElement e, string name, string path)
        {
            var p = Prop(e, name, path);
            return p.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error($"{path}.{name}", "must be true or false"),
            };
        }

        public JsonElement.ArrayEnumerator Array(JsonElement e, string name, string path) =>
            Prop(e, name, path, JsonValueKind.Array).EnumerateArray();

        public JsonElement.ArrayEnumerator AsArray(JsonElement e, string path) =>
            e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : throw Error(path, "must be an array");

        public string AsString(JsonElement e, string path) =>
            e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error(path, "must be a string");

        public TEnum Enum<TEnum>(JsonElement e, string name, string path)
            where TEnum : struct, Enum
        {
            var s = Str(e, name, path);
            return System.Enum.TryParse<TEnum>(s, ignoreCase: true, out var value) && !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                ? value
                : throw Error($"{path}.{name}", $"is \"{s}\"; expected one of {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}");
        }
    }
}
