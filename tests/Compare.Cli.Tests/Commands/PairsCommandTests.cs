using System.CommandLine;
using System.Text.Json;
using Compare.Cli.Commands;

namespace Compare.Cli.Tests.Commands;

public sealed class PairsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("compare-pairs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Invoke_TenThousandLinesWithOneBadLine_JudgesTheRestAndNamesTheBadLine()
    {
        var statements = Enumerable.Range(0, 40).Select(i => $"The harbour board in Brenmouth bought {i + 2} new ferries in {2000 + i}.").ToList();
        var input = Path.Combine(_dir, "pairs.jsonl");
        await using (var w = new StreamWriter(input))
        {
            for (var i = 1; i <= 10_001; i++)
            {
                await w.WriteLineAsync(i == 5_000
                    ? "this line is not json"
                    : JsonSerializer.Serialize(new { id = i, a = statements[i % 40], b = statements[(i * 7) % 40] }));
            }
        }

        var output = Path.Combine(_dir, "out.jsonl");
        var (code, _, errors) = await RunAsync("--input", input, "--output", output);

        Assert.Equal(1, code);
        Assert.Contains($"{input}:5000: not JSON", errors, StringComparison.Ordinal);
        Assert.Contains("10000 pairs judged, 1 lines skipped", errors, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(10_000, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("id").GetInt32());
        Assert.Contains(first.RootElement.GetProperty("relation").GetString(), new[] { "same", "conflict", "related", "unrelated" });
        Assert.InRange(first.RootElement.GetProperty("p_same").GetDouble(), 0, 1);
        Assert.DoesNotContain(lines, l => l.Contains("\"id\":5000,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_OppositeVerdicts_ConflictWithKindAndBothValues()
    {
        var input = Path.Combine(_dir, "one.jsonl");
        await File.WriteAllTextAsync(input,
            """{"id": "c1", "a": "The council approved the library budget.", "b": "The council rejected the library budget."}""" + "\n",
            TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("--input", input);

        Assert.Equal(0, code);
        using var line = JsonDocument.Parse(output.Trim());
        Assert.Equal("c1", line.RootElement.GetProperty("id").GetString());
        Assert.Equal("conflict", line.RootElement.GetProperty("relation").GetString());
        Assert.Equal("polarity", line.RootElement.GetProperty("kind").GetString());
        Assert.Equal("approved", line.RootElement.GetProperty("value_a").GetString());
        Assert.Equal("rejected", line.RootElement.GetProperty("value_b").GetString());
    }

    [Fact]
    public async Task Invoke_LineWithoutStatements_SaysWhichFieldsAreMissing()
    {
        var input = Path.Combine(_dir, "bad.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\": 1, \"a\": \"only one side\"}\n[1, 2]\n", TestContext.Current.CancellationToken);

        var (code, output, errors) = await RunAsync("--input", input);

        Assert.Equal(1, code);
        Assert.Contains($"{input}:1: lacks the string fields \"a\" and \"b\"", errors, StringComparison.Ordinal);
        Assert.Contains($"{input}:2: not a JSON object", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.Trim());
    }

    [Fact]
    public async Task Invoke_Score_CountsTheLabelledLinesGivesSlotKindsAndNamesABadLabel()
    {
        var input = Path.Combine(_dir, "labelled.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "c1", "a": "The council approved the library budget.", "b": "The council rejected the library budget.", "relation": "conflict", "kinds": ["polarity"]}""",
            """{"id": "r1", "a": "The council approved the library budget.", "b": "The mayor opened a new swimming pool in Brenmouth.", "relation": "unrelated", "kinds": []}""",
            """{"id": "u1", "a": "The council approved the library budget.", "b": "The council rejected the library budget."}""",
            """{"id": "x1", "a": "The council approved the library budget.", "b": "The council rejected the library budget.", "relation": "opposite"}""",
        ], TestContext.Current.CancellationToken);

        var (code, output, errors) = await RunAsync("--input", input, "--score");

        Assert.Equal(0, code);
        Assert.Contains("scored 2 labelled pairs (1 labelled one fact)", errors, StringComparison.Ordinal);
        Assert.Contains($"{input}:4: relation \"opposite\" is none of same, conflict, related, unrelated; line judged, not scored", errors,
            StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains("polarity", lines[0].GetProperty("slot_kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Array, l.GetProperty("slot_kinds").ValueKind));
    }

    [Fact]
    public async Task Invoke_DaysWithoutTheirYear_AreReadAgainstTheReferenceDateOrTheLinesOwn()
    {
        var input = Path.Combine(_dir, "dates.jsonl");
        const string a = "Customs officers seized 2,000 illegal firearms at the port of Velsk on 26 March.";
        const string b = "Customs officers seized 2,000 illegal firearms at the port of Velsk on 6 March.";
        await File.WriteAllLinesAsync(input,
        [
            JsonSerializer.Serialize(new { id = "d1", a, b }),
            JsonSerializer.Serialize(new { id = "d2", a = a.Replace("on 26 March", "on Friday", StringComparison.Ordinal), b, date = "2026-03-10" }),
            JsonSerializer.Serialize(new { id = "d4", a = a.Replace("on 26 March", "on Friday", StringComparison.Ordinal), b }),
            JsonSerializer.Serialize(new { id = "d3", a, b = a, date = "last spring" }),
        ], TestContext.Current.CancellationToken);

        var root = new RootCommand { PairsCommand.Build(() => new Compare.Core.Analysis.Claims.ClaimExtractor()) };
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = await root.Parse(["pairs", "--input", input, "--score", "--date", "2026-11-24"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // Against 24 November both are days of that March, 20 days apart.
        Assert.Contains("date", lines[0].GetProperty("slot_kinds").EnumerateArray().Select(k => k.GetString()));
        // The line's own day, Tuesday 10 March 2026, makes "on Friday" 6 March; the run's, Tuesday 24 November, 20 November.
        Assert.DoesNotContain("date", lines[1].GetProperty("slot_kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains("date", lines[2].GetProperty("slot_kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains($"{input}:4: date \"last spring\" is no ISO 8601 date, the run's reference date is used", errors.ToString(), StringComparison.Ordinal);
        Assert.Empty(lines[3].GetProperty("slot_kinds").EnumerateArray());
    }

    [Fact]
    public async Task Invoke_MissingInputFile_NamesIt()
    {
        var missing = Path.Combine(_dir, "nope.jsonl");

        var (code, _, errors) = await RunAsync("--input", missing);

        Assert.Equal(2, code);
        Assert.Contains($"{missing}: no such file", errors, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var root = new RootCommand { PairsCommand.Build(() => new ParagraphExtractor()) };
        var code = await root.Parse(["pairs", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), errors.ToString());
    }
}
