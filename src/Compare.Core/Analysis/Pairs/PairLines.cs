using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Compare.Core.Analysis.Embeddings;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Judges a stream of JSON lines <c>{"id": ..., "a": "...", "b": "..."}</c> and writes one JSON line per pair:
/// id, relation, p_same and, for a conflict, its kinds with both values. Reads and writes in chunks of
/// <see cref="Chunk"/> lines, so memory does not grow with the input. A bad line gets a message naming the input and
/// the line number on the error writer, and the run goes on.
/// </summary>
public sealed class PairLines(IClaimExtractor extractor, ITextEmbedder embedder, PairJudge judge)
{
    /// <summary>Lines judged together (their statements are embedded in one call).</summary>
    public const int Chunk = 32;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<PairRunSummary> RunAsync(TextReader input, string inputName, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var (judged, skipped, lineNo) = (0, 0, 0);
        var chunk = new List<(JsonElement Id, string A, string B)>(Chunk);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Parse(line, out var error) is { } pair)
            {
                chunk.Add(pair);
            }
            else
            {
                skipped++;
                await errors.WriteLineAsync($"{inputName}:{lineNo.ToString(CultureInfo.InvariantCulture)}: {error}; line skipped".AsMemory(), cancellationToken)
                    .ConfigureAwait(false);
            }

            if (chunk.Count == Chunk)
            {
                judged += await FlushAsync(chunk, output, cancellationToken).ConfigureAwait(false);
            }
        }

        judged += await FlushAsync(chunk, output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new PairRunSummary(judged, skipped);
    }

    private static (JsonElement Id, string A, string B)? Parse(string line, out string error)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = $"not JSON ({ex.Message})";
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return null;
            }

            if (!root.TryGetProperty("a", out var a) || a.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("b", out var b) || b.ValueKind != JsonValueKind.String)
            {
                error = "lacks the string fields \"a\" and \"b\"";
                return null;
            }

            error = string.Empty;
            var id = root.TryGetProperty("id", out var i) ? i.Clone() : default;
            return (id, a.GetString()!, b.GetString()!);
        }
    }

    private async Task<int> FlushAsync(List<(JsonElement Id, string A, string B)> chunk, TextWriter output, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        var vectors = await embedder.EmbedAsync([.. chunk.SelectMany(p => new[] { p.A, p.B })], cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < chunk.Count; k++)
        {
            var (id, a, b) = chunk[k];
            var ca = TextClaims.FromText(extractor, a, "a");
            var cb = TextClaims.FromText(extractor, b, "b");
            var verdict = judge.Judge(ca, cb, VectorMath.Cosine(vectors[2 * k], vectors[(2 * k) + 1]));
            await output.WriteLineAsync(JsonSerializer.Serialize(Line(id, verdict), Json).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var n = chunk.Count;
        chunk.Clear();
        return n;
    }

    private static Dictionary<string, object?> Line(JsonElement id, PairJudgement verdict)
    {
        var line = new Dictionary<string, object?>
        {
            ["id"] = id.ValueKind == JsonValueKind.Undefined ? null : id,
            ["relation"] = verdict.Relation.ToString().ToLowerInvariant(),
            ["p_same"] = Math.Round(verdict.PSameFact, 4),
        };
        if (verdict.Relation == PairRelation.Conflict)
        {
            var first = verdict.Differences[0];
            line["kind"] = first.Kind.ToString().ToLowerInvariant();
            line["value_a"] = first.ValueA;
            line["value_b"] = first.ValueB;
            line["differences"] = verdict.Differences.Select(d => new Dictionary<string, string>
            {
                ["kind"] = d.Kind.ToString().ToLowerInvariant(),
                ["value_a"] = d.ValueA,
                ["text_a"] = d.TextA,
                ["value_b"] = d.ValueB,
                ["text_b"] = d.TextB,
                ["explanation"] = d.Explanation,
            }).ToList();
        }

        return line;
    }
}
