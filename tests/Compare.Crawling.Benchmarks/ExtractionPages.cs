using Compare.Core.Corpus;

namespace Compare.Crawling.Benchmarks;

/// <summary>The pages extraction is measured on, each with its true body text.</summary>
internal static class ExtractionPages
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Every page of the demo corpus; the truth is the outlet's body selector minus its exclusions.</summary>
    public static IReadOnlyList<LabeledPage> Corpus()
    {
        var catalog = CorpusCatalog.Load(Path.Combine(RepoRoot, CorpusCatalog.RelativePath));
        return catalog.Topics
            .SelectMany(t => t.Gold.Articles.Select(a => (Topic: t, Outlet: catalog.Outlet(a.Outlet))))
            .Select(x =>
            {
                var path = x.Topic.PagePath(x.Outlet.Outlet.Id);
                return new LabeledPage($"{x.Topic.Id}/{x.Outlet.Outlet.Id}", File.ReadAllText(path), CorpusPage.Load(path, x.Outlet).BodyText);
            })
            .ToList();
    }

    /// <summary>The hand-labelled test pages of Compare.Crawling.Tests (varied templates with chrome), each with its body text.</summary>
    public static IReadOnlyList<LabeledPage> Own() => Folder("Pages");

    /// <summary>Labelled pages written after the extraction rules were frozen, never tuned on.</summary>
    public static IReadOnlyList<LabeledPage> HeldOut() => Folder("HeldOut");

    private static List<LabeledPage> Folder(string name)
    {
        var folder = Path.Combine(RepoRoot, "tests", "Compare.Crawling.Tests", "Extraction", name);
        return Directory.GetFiles(folder, "*.html")
            .Order(StringComparer.Ordinal)
            .Select(p => new LabeledPage(Path.GetFileNameWithoutExtension(p), File.ReadAllText(p), File.ReadAllText(Path.ChangeExtension(p, ".txt"))))
            .ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Compare.sln not found above " + AppContext.BaseDirectory);
    }
}
