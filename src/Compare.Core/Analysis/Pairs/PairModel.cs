using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms;

namespace Compare.Core.Analysis.Pairs;

/// <summary>
/// The ML.NET pair model: one-versus-all FastTree over <see cref="PairFeatures"/>, one probability per relation.
/// Training is single-threaded with a fixed seed, so the same pairs give the same model file.
/// </summary>
internal sealed class PairModel
{
    /// <summary>Seed of every random choice in training.</summary>
    public const int Seed = 17;

    /// <summary>Name of the model file shipped as an embedded resource of Compare.Core.</summary>
    public const string ResourceName = "Compare.Core.Resources.pair-model.zip";

    private readonly MLContext _ml;
    private readonly PredictionEngine<PairRow, PairPrediction> _engine;
    private readonly Lock _lock = new();

    private PairModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema)
    {
        _ml = ml;
        Transformer = transformer;
        InputSchema = inputSchema;
        _engine = ml.Model.CreatePredictionEngine<PairRow, PairPrediction>(transformer, inputSchema);
        var outSchema = transformer.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        outSchema["Score"].GetSlotNames(ref names);
        Labels = names.DenseValues().Select(n => n.ToString()).ToList();
    }

    /// <summary>Relation names in the order of <see cref="PairPrediction.Score"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    public ITransformer Transformer { get; }

    public DataViewSchema InputSchema { get; }

    /// <summary>The model shipped inside Compare.Core.</summary>
    public static PairModel LoadEmbedded()
    {
        using var stream = typeof(PairModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Compare.Core lacks its pair model {ResourceName}; run `compare train` and rebuild");
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
            NumberOfTrees = 150,
            NumberOfLeaves = 12,
            MinimumExampleCountPerLeaf = 4,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = Seed,
            FeatureColumnName = nameof(PairRow.Features),
        });
        var pipeline = ml.Transforms.Conversion
            .MapValueToKey(nameof(PairRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.OneVersusAll(trainer, labelColumnName: nameof(PairRow.Label)));
        var transformer = pipeline.Fit(data);
        return new PairModel(ml, transformer, data.Schema);
    }

    public void Save(Stream stream) => _ml.Model.Save(Transformer, InputSchema, stream);

    /// <summary>Probability of each relation, by name.</summary>
    public IReadOnlyDictionary<string, float> Predict(float[] features)
    {
        PairPrediction prediction;
        lock (_lock)
        {
            prediction = _engine.Predict(new PairRow { Features = features });
        }

        var total = Math.Max(prediction.Score.Sum(), 1e-6f);
        return Labels.Select((l, i) => (l, prediction.Score[i] / total)).ToDictionary(x => x.l, x => x.Item2, StringComparer.Ordinal);
    }
}
