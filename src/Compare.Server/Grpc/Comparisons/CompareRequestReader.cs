using System.Text;
using Compare.Core.Domain;
using Compare.Crawling.Configuration;
using Compare.Server.Grpc.Errors;
using Microsoft.Extensions.Options;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Comparisons;

/// <summary>Checks a <see cref="Proto.CompareRequest"/> and maps it to a <see cref="CompareTarget"/>; every error names the field.</summary>
internal sealed class CompareRequestReader(OutletCatalog outlets, IOptions<GrpcOptions> options)
{
    private const int MaxTitleChars = 2_000;

    public CompareTarget Read(Proto.CompareRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        return request.TargetCase switch
        {
            Proto.CompareRequest.TargetOneofCase.StoryId => new CompareTarget.StoredStory(Fields.Id(request.StoryId, "story_id"), request.Recompute),
            Proto.CompareRequest.TargetOneofCase.TopicQuery => new CompareTarget.Topic(Query(request.TopicQuery, o.MaxQueryChars)),
            Proto.CompareRequest.TargetOneofCase.Inline => Inline(request.Inline, o),
            _ => throw RpcErrors.InvalidArgument("target", "set one of story_id, topic_query or inline"),
        };
    }

    private static string Query(string query, int max)
    {
        Fields.Text(query, "topic_query", max);
        return string.IsNullOrWhiteSpace(query) || !query.Any(char.IsLetterOrDigit)
            ? throw RpcErrors.InvalidArgument("topic_query", "has no words")
            : query.Trim();
    }

    private CompareTarget.Inline Inline(Proto.InlineArticles inline, GrpcOptions o)
    {
        var given = inline.Articles;
        if (given.Count > o.MaxInlineArticles)
        {
            throw RpcErrors.ResourceExhausted("inline.articles", $"{given.Count} articles; at most {o.MaxInlineArticles} (Grpc:MaxInlineArticles)");
        }

        Fields.Text(inline.Label, "inline.label", MaxTitleChars);
        var byOutlet = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        var articles = new List<Article>();
        for (var i = 0; i < given.Count; i++)
        {
            var a = given[i];
            var field = $"inline.articles[{i}]";
            var outlet = ResolveOutlet(a.Outlet, field + ".outlet");
            byOutlet.TryAdd(outlet.Id, outlet);
            if (string.IsNullOrWhiteSpace(a.Text))
            {
                throw RpcErrors.InvalidArgument(field + ".text", "is empty");
            }

            Fields.Text(a.Text, field + ".text", o.MaxArticleChars);
            Fields.Text(a.Title, field + ".title", MaxTitleChars);
            var url = string.IsNullOrEmpty(a.Url) ? new Uri($"https://inline.invalid/{outlet.Id}/{i + 1}") : Fields.HttpUrl(a.Url, field + ".url");
            var published = Fields.Time(a.PublishedAt, field + ".published_at");
            articles.Add(new Article($"inline-{i + 1}", outlet.Id, url, a.Title.Trim(), null, published, null, outlet.Language, a.Text));
        }

        if (byOutlet.Count < 2)
        {
            throw RpcErrors.InvalidArgument("inline.articles", given.Count == 0
                ? "is empty: give articles of at least two outlets"
                : $"all articles are of one outlet ({byOutlet.Keys.First()}): give articles of at least two outlets");
        }

        var label = string.IsNullOrWhiteSpace(inline.Label) ? articles.Select(a => a.Title).FirstOrDefault(t => t.Length > 0) ?? "inline comparison" : inline.Label.Trim();
        return new CompareTarget.Inline(new Story("inline", label, articles), byOutlet.Values.ToList());
    }

    /// <summary>A configured outlet named by id or display name, or a new one named as given (its id made from the name).</summary>
    private Outlet ResolveOutlet(string name, string field)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw RpcErrors.InvalidArgument(field, "is empty: name the outlet (id or name)");
        }

        Fields.Text(name, field, Fields.MaxIdLength);
        var trimmed = name.Trim();
        var known = outlets.Outlets.FirstOrDefault(o => o.Id == trimmed)
            ?? outlets.Outlets.FirstOrDefault(o => string.Equals(o.Outlet.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known.Outlet;
        }

        var id = IdFrom(trimmed);
        return new Outlet(id, trimmed, new Uri($"https://{id}.invalid/"), "en");
    }

    /// <summary>"The Daily Planet" → "the-daily-planet"; a name without ASCII letters or digits gets a hash-based id.</summary>
    internal static string IdFrom(string name)
    {
        var id = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        var slug = id.ToString().Trim('-');
        return slug.Length > 0
            ? slug[..Math.Min(slug.Length, 60)]
            : "outlet-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 4));
    }
}
