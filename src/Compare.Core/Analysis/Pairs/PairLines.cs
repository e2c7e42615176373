using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Compare.Core.Analysis.Embeddings;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// Judges a stream of JSON lines <c>{"id": ..., "a": "...", "b": "..."}</c> and writes one JSON line per pair:
/// id, relation, p_same and, for a conflict, its kinds with both values. Reads and writes in chunks of
/// <see cref="Chunk"/> lines, so memory does not grow with the input. A bad line gets a message naming the input and
/// the line number on the error writer, and the run goes on. With a <see cref="PairScoreCard"/>, lines that carry a
/// <c>"relation"</c> label (and <c>"kinds"</c> or <c>"kind"</c>) are scored, and each output line also gives what the
/// slot checks find whatever the judge's verdict (<c>"slot_kinds"</c>), so every score can be checked line by line.
/// Dates that need a day to be read from ("on 26 March", "last Tuesday") are read against the line's own <c>"date"</c>
/// (ISO 8601) or else <paramref name="reference"/>; with neither, they are left unread.
/// </summary>
public sealed class PairLines(IClaimExtractor extractor, ITextEmbedder embedder, PairJudge judge, DateTimeOffset? reference = null)
{
    /// <summary>Lines judged together (their statements are embedded in one call).</summary>
    public const int Chunk = 32;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<PairRunSummary> RunAsync(
        TextReader input, string inputName, TextWriter output, TextWriter errors, CancellationToken cancellationToken, PairScoreCard? score = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var (judged, skipped, lineNo) = (0, 0, 0);
        var chunk = new List<PairLine>(Chunk);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Parse(line, score is not null, out var error) is { } pair)
            {
                chunk.Add(pair);
                if (pair.Warning is { Length: > 0 } warning)
                {
                    await errors.WriteLineAsync($"{inputName}:{lineNo.ToString(CultureInfo.InvariantCulture)}: {warning}".AsMemory(), cancellationToken)
                        .ConfigureAwait(false);
                }
            }
            else
            {
                skipped++;
                await errors.WriteLineAsync($"{inputName}:{lineNo.ToString(CultureInfo.InvariantCulture)}: {error}; line skipped".AsMemory(), cancellationToken)
                    .ConfigureAwait(false);
            }

            if (chunk.Count == Chunk)
            {
                judged += await FlushAsync(chunk, output, score, cancellationToken).ConfigureAwait(false);
            }
        }

        judged += await FlushAsync(chunk, output, score, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new PairRunSummary(judged, skipped);
    }

    /// <summary>One input line: the pair, and its labels when scoring (<paramref name="Gold"/> null when it has none).</summary>
    private sealed record PairLine(
        JsonElement Id, string A, string B, DateTimeOffset? Date, PairRelation? Gold, IReadOnlyList<DifferenceKind> GoldKinds, string? Warning);

    private static PairLine? Parse(string line, bool labels, out string error)
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
            var (gold, kinds, warning) = labels ? Labels(root) : (null, [], null);
            DateTimeOffset? date = null;
            if (root.TryGetProperty("date", out var d) && d.ValueKind != JsonValueKind.Null)
            {
                if (d.ValueKind == JsonValueKind.String
                    && DateTimeOffset.TryParse(d.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    warning = warning is null ? string.Empty : warning + "; ";
                    warning += $"date {d.GetRawText()} is no ISO 8601 date, the run's reference date is used";
                }
            }

            return new PairLine(id, a.GetString()!, b.GetString()!, date, gold, kinds, warning);
        }
    }

    /// <summary>The relation and kinds a line is labelled with; an unreadable label is an error, and the line is not scored.</summary>
    private static (PairRelation? Gold, IReadOnlyList<DifferenceKind> Kinds, string? Error) Labels(JsonElement root)
    {
        if (!root.TryGetProperty("relation", out var relation) || relation.ValueKind == JsonValueKind.Null)
        {
            return (null, [], null);
        }

        if (relation.ValueKind != JsonValueKind.String || PairScoreCard.ParseRelation(relation.GetString()) is not { } gold)
        {
            return (null, [], $"relation {relation.GetRawText()} is none of same, conflict, related, unrelated; line judged, not scored");
        }

        var texts = new List<JsonElement>();
        if (root.TryGetProperty("kinds", out var many) && many.ValueKind == JsonValueKind.Array)
        {
            texts.AddRange(many.EnumerateArray());
        }
        else if (root.TryGetProperty("kind", out var one) && one.ValueKind != JsonValueKind.Null)
        {
            texts.Add(one);
        }

        var kinds = new List<DifferenceKind>();
        foreach (var t in texts)
        {
            if (t.ValueKind != JsonValueKind.String || PairScoreCard.ParseKind(t.GetString()) is not { } kind)
            {
                var names = string.Join(", ", Enum.GetNames<DifferenceKind>().Select(n => n.ToLowerInvariant()));
                return (null, [], $"kind {t.GetRawText()} is none of {names}; line judged, not scored");
            }

            kinds.Add(kind);
        }

        return (gold, kinds, null);
    }

    private async Task<int> FlushAsync(List<PairLine> chunk, TextWriter output, PairScoreCard? score, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        var vectors = await embedder.EmbedAsync([.. chunk.SelectMany(p => new[] { p.A, p.B })], cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < chunk.Count; k++)
        {
            var pair = chunk[k];
            var date = pair.Date ?? reference;
            var ca = TextClaims.FromText(extractor, pair.A, "a", date);
            var cb = TextClaims.FromText(extractor, pair.B, "b", date);
            var verdict = judge.Judge(ca, cb, VectorMath.Cosine(vectors[2 * k], vectors[(2 * k) + 1]));
            var line = Line(pair.Id, verdict);
            if (score is not null)
            {
                var slots = verdict.Relation is PairRelation.Same or PairRelation.Conflict ? verdict.Differences : SlotComparer.Compare(ca, cb);
                line["slot_kinds"] = slots.Select(d => d.Kind.ToString().ToLowerInvariant()).Distinct().ToList();
                if (pair.Gold is { } gold)
                {
                    score.Add(gold, pair.GoldKinds, verdict, slots);
                }
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(line, Json).AsMemory(), cancellationToken).ConfigureAwait(false);
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
