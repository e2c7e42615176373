using System.Text.Json;

namespace Compare.Server.Tests;

/// <summary>The outlets of the shipped <c>outlets.json</c> (copied next to the tests), so tests can turn them off by index.</summary>
internal static class ShippedOutlets
{
    private static readonly Lazy<List<(string Id, bool Folder)>> All = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "outlets.json")));
        return doc.RootElement.GetProperty("Outlets").EnumerateArray()
            .Select(o => (o.GetProperty("Id").GetString()!, o.GetProperty("Sources").EnumerateArray().All(s => s.GetProperty("Kind").GetString() == "Folder")))
            .ToList();
    });

    public static IReadOnlyList<string> Ids => All.Value.Select(o => o.Id).ToList();

    public static bool IsFolder(int index) => All.Value[index].Folder;
}
