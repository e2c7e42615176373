using System.Text.Json;
using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>
/// The demo corpus as laid out under <c>seeds/corpus</c>: <c>corpus.json</c> (outlets, topics, held-out flags),
/// one folder per topic with the outlets' HTML pages and <c>gold.json</c>, and <c>feeds/</c>.
/// </summary>
public sealed record CorpusCatalog(string Root, IReadOnlyList<CorpusOutlet> Outlets, IReadOnlyList<CorpusTopic> Topics)
{
    /// <summary>The corpus folder relative to the repository root.</summary>
    public const string RelativePath = "seeds/corpus";

    public CorpusOutlet Outlet(string id) =>
        Outlets.FirstOrDefault(o => o.Outlet.Id == id) ?? throw new KeyNotFoundException($"outlet '{id}' is not in {Root}/corpus.json");

    /// <summary>Loads the corpus under <paramref name="root"/>; every format error names the file and field.</summary>
    public static CorpusCatalog Load(string root)
    {
        root = Path.GetFullPath(root);
        var manifestPath = Path.Combine(root, "corpus.json");
        if (!File.Exists(manifestPath))
        {
            throw new CorpusFormatException($"{manifestPath}: not found; is '{root}' a corpus folder?");
        }

        using var doc = ParseJson(manifestPath);
        var rootEl = doc.RootElement;
        var outlets = rootEl.GetProperty("outlets").EnumerateArray().Select(o => new CorpusOutlet(
            new Outlet(Req(o, "id", manifestPath), Req(o, "name", manifestPath), new Uri(Req(o, "homeUrl", manifestPath)), Req(o, "language", manifestPath)),
            Path.Combine(root, Req(o, "feed", manifestPath)),
            Req(o, "feedFormat", manifestPath),
            Req(o, "bodySelector", manifestPath),
            o.TryGetProperty("bodyExclude", out var ex) ? ex.GetString() ?? string.Empty : string.Empty)).ToList();
        var topics = rootEl.GetProperty("topics").EnumerateArray().Select(t =>
        {
            var id = Req(t, "id", manifestPath);
            var folder = Path.Combine(root, id);
            var gold = GoldReader.ReadFile(Path.Combine(folder, "gold.json"));
            if (gold.Topic != id)
            {
                throw new CorpusFormatException($"{folder}/gold.json: topic is '{gold.Topic}' but the folder is '{id}'");
            }

            return new CorpusTopic(id, folder, t.TryGetProperty("heldOut", out var h) && h.GetBoolean(), gold);
        }).ToList();
        return new CorpusCatalog(root, outlets, topics);
    }

    /// <summary>
    /// Finds <c>seeds/corpus</c> from the current directory or the program's directory upward, so the CLI works from
    /// any folder of a clone.
    /// </summary>
    public static string? FindDefaultRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(Path.Combine(candidate, "corpus.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static JsonDocument ParseJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new CorpusFormatException($"{path}: not valid JSON: {ex.Message}", ex);
        }
    }

    private static string Req(JsonElement e, string name, string file) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()!
            : throw new CorpusFormatException($"{file}: an entry lacks the string field '{name}'");
}
