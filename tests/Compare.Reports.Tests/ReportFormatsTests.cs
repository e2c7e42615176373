namespace Compare.Reports.Tests;

public sealed class ReportFormatsTests
{
    [Theory]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("markdown", ReportFormat.Markdown)]
    [InlineData("MD", ReportFormat.Markdown)]
    [InlineData("html", ReportFormat.Html)]
    [InlineData(" Html ", ReportFormat.Html)]
    [InlineData("json", ReportFormat.Json)]
    [InlineData("csv", ReportFormat.Csv)]
    public void Parse_KnownName_ReturnsFormat(string name, ReportFormat expected) =>
        Assert.Equal(expected, ReportFormats.Parse(name));

    [Theory]
    [InlineData("xls")]
    [InlineData("pdf")]
    public void Parse_UnknownName_ThrowsNamingInputAndChoices(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ReportFormats.Parse(name));
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("html, md (or markdown), json, csv", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_EmptyName_ThrowsSayingItIsEmpty(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ReportFormats.Parse(name));
        Assert.Contains("an empty name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(ReportFormats.TryParse(null, out _));

    [Theory]
    [InlineData(ReportFormat.Markdown, ".md", "text/markdown; charset=utf-8")]
    [InlineData(ReportFormat.Html, ".html", "text/html; charset=utf-8")]
    [InlineData(ReportFormat.Json, ".json", "application/json; charset=utf-8")]
    [InlineData(ReportFormat.Csv, ".csv", "text/csv; charset=utf-8; header=present")]
    public void FileExtensionAndMediaType_EachFormat_AreTheUsualOnes(ReportFormat format, string extension, string mediaType)
    {
        Assert.Equal(extension, ReportFormats.FileExtension(format));
        Assert.Equal(mediaType, ReportFormats.MediaType(format));
    }

    [Fact]
    public void Names_EveryName_Parses() =>
        Assert.All(ReportFormats.Names, n => Assert.True(ReportFormats.TryParse(n, out _)));
}
