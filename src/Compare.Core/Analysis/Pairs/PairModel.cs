using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// The ML.NET pair model: a FastTree binary classifier over <see cref="PairFeatures"/> with Platt calibration, giving
/// P(same fact). Small trees (4 leaves, 40 pairs a leaf at least): on leave-one-topic-out they generalise to an unseen
/// story better than deeper ones (alignment F1 0.76 against 0.73 with 10 leaves of 5). Training is single-threaded with a fixed seed, so the same pairs give the same model file.
/// </summary>
internal sealed class PairModel
{
    /// <summary>Seed of every random choice in training.</summary>
    public const int Seed = 17;

    /// <summary>Name of the model file shipped as an embedded resource of Compare.Core: the engine's judge of story pairs.</summary>
    public const string ResourceName = "Compare.Core.Resources.pair-model.zip";

    /// <summary>Name of the embedded model that judges two statements without a story (<c>compare pairs</c>).</summary>
    public const string StatementsResourceName = "Compare.Core.Resources.pair-statements.zip";

    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly MLContext _ml;
    /// <summary>
    /// ML.NET prediction engines not in use, for a model <see cref="TreeEnsemble"/> cannot read (and for the test that holds
    /// the two equal): an engine is not safe to share between threads, so each call takes one (or makes one) and puts it back.
    /// </summary>
    private readonly ConcurrentBag<PredictionEngine<PairRow, PairPrediction>> _engines = [];

    /// <summary>The model's trees read out for direct evaluation; null for a model of another kind, which the engines serve.</summary>
    private readonly TreeEnsemble? _trees;

    private PairModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema)
    {
        _ml = ml;
        Transformer = transformer;
        InputSchema = inputSchema;
        _trees = TreeEnsemble.From(transformer);
    }

    public ITransformer Transformer { get; }

    public DataViewSchema InputSchema { get; }

    /// <summary>The model shipped inside Compare.Core.</summary>
    public static PairModel LoadEmbedded(string resource = ResourceName)
    {
        using var stream = typeof(PairModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Compare.Core lacks its pair model {resource}; run `compare train` and rebuild");
        return Load(stream);
    }

    public static PairModel Load(Stream stream)
    {
        var ml = new MLContext(Seed);
        var transformer = ml.Model.Load(stream, out var schema);
        return new PairModel(ml, transformer, schema);
    }

    public static PairModel Train(IReadOnlyList<PairRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 300,
            NumberOfLeaves = 4,
            MinimumExampleCountPerLeaf = 40,
            LearningRate = 0.05,
            NumberOfThreads = 1,
            Seed = Seed,
            FeatureColumnName = nameof(PairRow.Features),
            LabelColumnName = nameof(PairRow.Label),
        });
        var transformer = trainer.Fit(data);
        return new PairModel(ml, transformer, data.Schema);
    }

    /// <summary>
    /// Writes the model file. ML.NET stamps each zip entry with the current time; the entries are rewritten with a
    /// fixed time so that training the same pairs twice gives the same bytes.
    /// </summary>
    public void Save(Stream stream)
    {
        using var raw = new MemoryStream();
        _ml.Model.Save(Transformer, InputSchema, raw);
        raw.Position = 0;
        using var source = new ZipArchive(raw, ZipArchiveMode.Read);
        using var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>P(same fact) of a pair's features.</summary>
    public double Predict(float[] features) => _trees is { } trees ? trees.Probability(features) : PredictByEngine(features);

    /// <summary>P(same fact) as ML.NET's prediction engine gives it.</summary>
    internal double PredictByEngine(float[] features)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<PairRow, PairPrediction>(Transformer, InputSchema);
        }

        try
        {
            return engine.Predict(new PairRow { Features = features }).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}
