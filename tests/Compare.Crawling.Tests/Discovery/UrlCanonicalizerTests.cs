using Compare.Crawling.Discovery;

namespace Compare.Crawling.Tests.Discovery;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://WWW.Example.COM:443/News/Story?utm_source=x&id=7&fbclid=abc#comments", "https://www.example.com/News/Story?id=7")]
    [InlineData("http://example.com:80/a?gclid=1&utm_medium=email", "http://example.com/a")]
    [InlineData("https://example.com:8443/a?b=2&a=1", "https://example.com:8443/a?b=2&a=1")]
    [InlineData("https://example.com/a#top", "https://example.com/a")]
    [InlineData("https://example.com/a?UTM_CAMPAIGN=spring&page=2", "https://example.com/a?page=2")]
    public void Canonicalize_DropsTrackingFragmentDefaultPortAndHostCase(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)).AbsoluteUri);

    [Theory]
    [InlineData("/b/c", "https://example.com/b/c")]
    [InlineData("c", "https://example.com/feeds/c")]
    [InlineData("//cdn.example.com/x", "https://cdn.example.com/x")]
    [InlineData("mailto:a@example.com", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("   ", null)]
    public void Resolve_RelativeLinks_AgainstTheBase(string href, string? expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Resolve(new Uri("https://example.com/feeds/rss.xml"), href)?.AbsoluteUri);
}
