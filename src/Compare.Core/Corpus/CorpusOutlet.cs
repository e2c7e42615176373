using Compare.Core.Domain;

namespace Compare.Core.Corpus;

/// <summary>An outlet of the demo corpus: the outlet itself, its feed file and where its pages keep the article body.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="FeedPath">Absolute path of its RSS 2.0 or Atom feed file.</param>
/// <param name="FeedFormat"><c>rss</c> or <c>atom</c>.</param>
/// <param name="BodySelector">CSS selector of the element holding the article body on its pages.</param>
/// <param name="BodyExclude">CSS selector of chrome inside the body element (promos, captions), or empty.</param>
public sealed record CorpusOutlet(Outlet Outlet, string FeedPath, string FeedFormat, string BodySelector, string BodyExclude);
