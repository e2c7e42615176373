using Compare.Core.Stories;

namespace Compare.Server.Benchmarks;

/// <summary>
/// Generated articles for the grouping benchmark: events of five outlets each, ten events a day, every article a noisy copy
/// of its event's direction in embedding space, with two event names, a few event words and common filler words.
/// </summary>
internal static class SyntheticNews
{
    private static readonly string[] Filler =
        ["said", "year", "officials", "government", "city", "report", "people", "week", "new", "plan", "told", "statement", "public", "percent"];

    public static List<(StoryArticle Article, int Event)> Generate(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        var list = new List<(StoryArticle, int)>(count);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        float[]? centroid = null;
        for (var i = 0; i < count; i++)
        {
            var e = i / 5;
            if (i % 5 == 0)
            {
                centroid = Unit(Enumerable.Range(0, dimensions).Select(_ => (float)Gaussian(random)).ToArray());
            }

            var noise = Unit(Enumerable.Range(0, dimensions).Select(_ => (float)Gaussian(random)).ToArray());
            var vector = Unit(centroid!.Zip(noise, (c, n) => c + (0.8f * n)).ToArray());
            var terms = new List<ArticleTerm>
            {
                new($"place{e}", $"Place{e}", 3, true, true),
                new($"person{e}", $"Person{e}", 2, true),
                new($"topic{e % 97}", $"topic{e % 97}", 2, false, true),
                new($"event{e}", $"event{e}", 2, false),
            };
            terms.AddRange(Filler.OrderBy(_ => random.Next()).Take(8).Select(w => new ArticleTerm(w, w, 1 + random.Next(3), false)));
            var time = start.AddHours(e * 2.4).AddMinutes(random.Next(0, 600));
            list.Add((new StoryArticle($"a{i}", $"outlet{i % 5}", time, vector, terms, [], []), e));
        }

        return list;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static float[] Unit(float[] v)
    {
        var norm = (float)Math.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
