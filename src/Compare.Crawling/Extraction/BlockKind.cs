namespace Compare.Crawling.Extraction;

/// <summary>What kind of element a text block came from.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableRow,
    Quote,
    Preformatted,
}
