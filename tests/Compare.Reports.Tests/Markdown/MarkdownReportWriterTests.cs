using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Compare.Reports.Tests.Fixtures;

namespace Compare.Reports.Tests.Markdown;

public sealed class MarkdownReportWriterTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private static readonly string Text = ReportRenderer.Render(PortAlderBudget.Create(), ReportFormat.Markdown);
    private static readonly MarkdownDocument Document = Markdig.Markdown.Parse(Text, Pipeline);

    [Fact]
    public void Render_PortAlder_HasTheReportSectionsInOrder()
    {
        var h1 = Document.Descendants<HeadingBlock>().Where(h => h.Level == 1).Select(Plain).ToList();
        var h2 = Document.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(Plain).ToList();

        Assert.Equal(["Port Alder city council adopts the 2027 budget"], h1);
        Assert.Equal(
            ["Outlets", "Agreement between outlets", "Coverage matrix", "Differences", "Omissions per outlet", "Unique claims per outlet", "Agreements", "Method"],
            h2);
    }

    [Fact]
    public void Render_PortAlder_MatrixTableHasAFactRowPerClusterAndAColumnPerOutlet()
    {
        var table = TableAfter("Coverage matrix");
        var rows = table.OfType<TableRow>().ToList();

        Assert.Equal(["Fact", "Finding", .. PortAlderBudget.OutletNames], Cells(rows[0]));
        Assert.Equal(1 + 19, rows.Count);
        var c04 = Cells(rows.Single(r => Cells(r)[1] == "agree + omitted" && Cells(r)[0].Contains("5-4", StringComparison.Ordinal)));
        Assert.Equal(["✓", "∅", "✓", "✓"], c04.Skip(2));
    }

    [Fact]
    public void Render_PortAlder_DifferenceTableBoldsTheDifferingValue()
    {
        var heading = Document.Descendants<HeadingBlock>().First(h => Plain(h).EndsWith("Total size of the fiscal 2027 budget (number)", StringComparison.Ordinal));
        var table = Document.Skip(Document.IndexOf(heading)).OfType<Table>().First();
        var northline = table.OfType<TableRow>().Single(r => Cells(r)[0] == "Northline News");

        Assert.Equal(["Northline News", "$1.24 billion", "The plan totals $1.24 billion."], Cells(northline).Take(3));
        var bold = ((TableCell)northline[2]).Descendants<EmphasisInline>().Single();
        Assert.Equal("$1.24 billion", Plain(bold));
        var link = ((TableCell)northline[3]).Descendants<LinkInline>().Single();
        Assert.Equal(PortAlderBudget.NnUrl.AbsoluteUri, link.Url);
    }

    [Fact]
    public void Render_PortAlder_DifferenceTableShowsEachOutletsOwnValueBesideItsGroups()
    {
        // Meridian Post's "about $1.4 billion" is grouped with "$1.42 billion": the cell says what the outlet said, then the
        // group it was counted with; Harbor Courier states the group's value itself.
        var heading = Document.Descendants<HeadingBlock>().First(h => Plain(h).EndsWith("Total size of the fiscal 2027 budget (number)", StringComparison.Ordinal));
        var table = Document.Skip(Document.IndexOf(heading)).OfType<Table>().First();
        string Number(string outlet) => Cells(table.OfType<TableRow>().Single(r => Cells(r)[0] == outlet))[1];

        Assert.Equal("about $1.4 billion (grouped with $1.42 billion)", Number("Meridian Post"));
        Assert.Equal("$1.418 billion (grouped with $1.42 billion)", Number("The Civic Ledger"));
        Assert.Equal("$1.42 billion", Number("The Harbor Courier"));
    }

    [Fact]
    public void Render_PortAlder_OmissionsRankedPerOutlet()
    {
        var heading = Document.Descendants<HeadingBlock>().Single(h => Plain(h) == "Meridian Post — leaves out 3 facts");
        var list = (ListBlock)Document[Document.IndexOf(heading) + 1];

        Assert.True(list.IsOrdered);
        Assert.Equal(
            ["Who sponsored the library-hours amendment", "The library budget rises 4.1 percent to $31 million", "The rate increase brings in $22 million a year"],
            list.OfType<ListItemBlock>().Select(i => Plain(i).Split(" · ")[1].Split(" — ")[0]));
    }

    [Fact]
    public void Render_HostileText_StaysTextAndKeepsTableShape()
    {
        var text = ReportRenderer.Render(HostileComparison.Create(), ReportFormat.Markdown);
        var document = Markdig.Markdown.Parse(text, Pipeline);

        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Equal(HostileComparison.Label, Plain(document.Descendants<HeadingBlock>().First()));
        Assert.DoesNotContain(document.Descendants<LinkInline>(), l => l.Url!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        var heading = document.Descendants<HeadingBlock>().Single(h => Plain(h) == "Differences");
        var table = document.Skip(document.IndexOf(heading)).OfType<Table>().First();
        Assert.All(table.OfType<TableRow>(), r => Assert.Equal(4, r.Count));
        Assert.Equal(HostileComparison.Sentence, Cells(table.OfType<TableRow>().ElementAt(1))[2]);
        Assert.Equal("- a note that looks like a list", Plain((ParagraphBlock)document.Descendants<ParagraphBlock>().First(p => Plain(p).StartsWith("- a note", StringComparison.Ordinal))));
    }

    private static Table TableAfter(string heading)
    {
        var block = Document.Descendants<HeadingBlock>().Single(h => Plain(h) == heading);
        return Document.Skip(Document.IndexOf(block)).OfType<Table>().First();
    }

    private static List<string> Cells(TableRow row) => row.OfType<TableCell>().Select(c => Plain(c)).ToList();

    /// <summary>The text a reader sees: literal inlines and code, escapes resolved, markup dropped.</summary>
    private static string Plain(MarkdownObject node) => node switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline => " ",
        ContainerInline container => string.Concat(container.Select(Plain)),
        LeafBlock leaf => leaf.Inline is null ? string.Empty : Plain(leaf.Inline),
        ContainerBlock block => string.Join(" ", block.Select(Plain)),
        _ => string.Empty,
    };
}
