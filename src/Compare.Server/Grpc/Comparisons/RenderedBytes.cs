namespace Compare.Server.Grpc.Comparisons;

/// <summary>A report rendered once, kept for the next request of the same story, snapshot and format.</summary>
internal sealed record RenderedBytes(string StoryId, Compare.Reports.ReportFormat Format, byte[] Content, DateTimeOffset ComparedAt);
