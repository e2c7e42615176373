using System.Numerics.Tensors;

namespace Compare.Core.Analysis.Embeddings;

/// <summary>Similarity of unit vectors (<see cref="ITextEmbedder"/> returns unit vectors, so the dot product is the cosine).</summary>
public static class VectorMath
{
    public static float Cosine(float[] a, float[] b) => TensorPrimitives.Dot(a, b);

    /// <summary>All cosines between the rows of <paramref name="a"/> and the rows of <paramref name="b"/>.</summary>
    public static float[,] CosineMatrix(IReadOnlyList<float[]> a, IReadOnlyList<float[]> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var m = new float[a.Count, b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                m[i, j] = TensorPrimitives.Dot(a[i], b[j]);
            }
        }

        return m;
    }
}
