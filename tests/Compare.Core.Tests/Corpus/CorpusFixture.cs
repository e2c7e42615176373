using Compare.Core.Corpus;

namespace Compare.Core.Tests.Corpus;

/// <summary>The bundled corpus, loaded once for the corpus tests.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Catalog = CorpusCatalog.Load(RepoPaths.Corpus);
        Pages = Catalog.Topics
            .SelectMany(t => t.Gold.Articles.Select(a => (t, a)))
            .ToDictionary(x => (x.t.Id, x.a.Outlet), x => CorpusPage.Load(x.t.PagePath(x.a.Outlet), Catalog.Outlet(x.a.Outlet)));
    }

    public CorpusCatalog Catalog { get; }

    public IReadOnlyDictionary<(string Topic, string Outlet), CorpusPage> Pages { get; }
}
