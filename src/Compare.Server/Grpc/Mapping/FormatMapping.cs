using Compare.Reports;
using Compare.Server.Grpc.Errors;
using Proto = Compare.Protos.V1;

namespace Compare.Server.Grpc.Mapping;

internal static class FormatMapping
{
    public static ReportFormat Read(Proto.ReportFormat format) => format switch
    {
        Proto.ReportFormat.Unspecified or Proto.ReportFormat.Markdown => ReportFormat.Markdown,
        Proto.ReportFormat.Json => ReportFormat.Json,
        Proto.ReportFormat.Html => ReportFormat.Html,
        Proto.ReportFormat.Csv => ReportFormat.Csv,
        _ => throw RpcErrors.InvalidArgument("format", $"{(int)format} is not a report format (MARKDOWN, JSON, HTML or CSV)"),
    };

    public static Proto.ReportFormat ToProto(ReportFormat format) => format switch
    {
        ReportFormat.Json => Proto.ReportFormat.Json,
        ReportFormat.Html => Proto.ReportFormat.Html,
        ReportFormat.Csv => Proto.ReportFormat.Csv,
        _ => Proto.ReportFormat.Markdown,
    };

    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Json => "application/json",
        ReportFormat.Html => "text/html",
        ReportFormat.Csv => "text/csv",
        _ => "text/markdown",
    };
}
