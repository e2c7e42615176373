using System.Text;
using Compare.Crawling.Http;

namespace Compare.Crawling.Tests.Http;

public sealed class CharsetDecoderTests
{
    private const string Text = "Café Müller – “quoted” €5";

    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Html(string charsetMeta, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{charsetMeta}</head><body><p>{Text}</p></body></html>");

    [Fact]
    public void Decode_HeaderCharset_IsUsed() =>
        Assert.Contains(Text, CharsetDecoder.Decode(Html(string.Empty, Encoding.GetEncoding(1252)), "windows-1252"), StringComparison.Ordinal);

    [Fact]
    public void Decode_NoHeader_UsesMetaCharset() =>
        Assert.Contains(Text, CharsetDecoder.Decode(Html("<meta charset=\"windows-1252\">", Encoding.GetEncoding(1252)), null), StringComparison.Ordinal);

    [Fact]
    public void Decode_NoHeader_UsesHttpEquivContentType() =>
        Assert.Contains(
            Text,
            CharsetDecoder.Decode(Html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", Encoding.GetEncoding(1252)), null),
            StringComparison.Ordinal);

    [Fact]
    public void Decode_HeaderSaysUtf8ButBytesAreNot_FallsBackToThePageDeclaration() =>
        Assert.Contains(Text, CharsetDecoder.Decode(Html("<meta charset=\"windows-1252\">", Encoding.GetEncoding(1252)), "utf-8"), StringComparison.Ordinal);

    [Fact]
    public void Decode_BogusHeaderCharset_IsIgnored() =>
        Assert.Contains(Text, CharsetDecoder.Decode(Html("<meta charset=\"utf-8\">", Encoding.UTF8), "x-no-such-charset"), StringComparison.Ordinal);

    [Fact]
    public void Decode_ByteOrderMark_WinsOverEverything()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Html("<meta charset=\"windows-1252\">", Encoding.UTF8)).ToArray();

        var text = CharsetDecoder.Decode(bytes, "windows-1252");

        Assert.Contains(Text, text, StringComparison.Ordinal);
        Assert.StartsWith("<html>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_XmlDeclaration_IsRead() =>
        Assert.Contains(
            "Müller", CharsetDecoder.Decode(Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><t>Müller</t></rss>"), null),
            StringComparison.Ordinal);
}
