using System.Text.Encodings.Web;
using System.Text.Json;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>Reads and writes labelled pairs as JSON lines: <c>{"id","a","b","relation","kind","source"}</c>.</summary>
public static class TrainingPairFile
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<TrainingPair> Read(string path)
    {
        var result = new List<TrainingPair>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var kind = r.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String
                    ? Enum.Parse<DifferenceKind>(k.GetString()!, ignoreCase: true)
                    : (DifferenceKind?)null;
                result.Add(new TrainingPair(
                    r.GetProperty("id").GetString()!,
                    r.GetProperty("a").GetString()!,
                    r.GetProperty("b").GetString()!,
                    Enum.Parse<PairRelation>(r.GetProperty("relation").GetString()!, ignoreCase: true),
                    kind,
                    r.TryGetProperty("source", out var s) ? s.GetString() ?? string.Empty : string.Empty));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or ArgumentException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNo}: not a labelled pair: {ex.Message}", ex);
            }
        }

        return result;
    }

    public static void Write(string path, IEnumerable<TrainingPair> pairs)
    {
        using var writer = new StreamWriter(path);
        writer.NewLine = "\n";
        foreach (var p in pairs)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = p.Id,
                a = p.A,
                b = p.B,
                relation = p.Relation.ToString().ToLowerInvariant(),
                kind = p.Kind?.ToString().ToLowerInvariant(),
                source = p.Source,
            }, Options));
        }
    }
}
