using System.CommandLine;
using Compare.Cli.Commands;
using Compare.Core.Analysis.Pairs;

namespace Compare.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _repo = Directory.CreateTempSubdirectory("compare-train-").FullName;

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    [Fact]
    public async Task Invoke_Twice_WritesTheSameModelAndPairFiles()
    {
        CopyDirectory(RepoPaths.Corpus, Path.Combine(_repo, "seeds", "corpus"));
        Directory.CreateDirectory(Path.Combine(_repo, "seeds", "pairs"));
        File.Copy(Path.Combine(RepoPaths.Root, "seeds", "pairs", "handwritten.jsonl"), Path.Combine(_repo, "seeds", "pairs", "handwritten.jsonl"));
        var first = Path.Combine(_repo, "first.zip");
        var second = Path.Combine(_repo, "second.zip");

        Assert.Equal(0, await RunAsync("--corpus", Path.Combine(_repo, "seeds", "corpus"), "--model", first));
        var gold = await File.ReadAllBytesAsync(Path.Combine(_repo, "seeds", "pairs", "gold.jsonl"), TestContext.Current.CancellationToken);
        Assert.Equal(0, await RunAsync("--corpus", Path.Combine(_repo, "seeds", "corpus"), "--model", second));

        Assert.Equal(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(second, TestContext.Current.CancellationToken));
        var (firstAlone, secondAlone) = (Path.Combine(_repo, "first-statements.zip"), Path.Combine(_repo, "second-statements.zip"));
        Assert.Equal(await File.ReadAllBytesAsync(firstAlone, TestContext.Current.CancellationToken),
            await File.ReadAllBytesAsync(secondAlone, TestContext.Current.CancellationToken));
        Assert.NotEqual(await File.ReadAllBytesAsync(first, TestContext.Current.CancellationToken),
            await File.ReadAllBytesAsync(firstAlone, TestContext.Current.CancellationToken));
        Assert.Equal(gold, await File.ReadAllBytesAsync(Path.Combine(_repo, "seeds", "pairs", "gold.jsonl"), TestContext.Current.CancellationToken));
        var contrast = TrainingPairFile.Read(Path.Combine(_repo, "seeds", "pairs", "contrast.jsonl"));
        Assert.NotEmpty(contrast);
        Assert.All(contrast, p => Assert.Equal(PairRelation.Conflict, p.Relation));
        await using var model = File.OpenRead(first);
        Assert.NotNull(PairJudge.Load(model));
        await using var statements = File.OpenRead(firstAlone);
        Assert.NotNull(PairJudge.Load(statements));
    }

    private static async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { TrainCommand.Build(() => new ParagraphExtractor()) };
        return await root.Parse(["train", .. args]).InvokeAsync(
            new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null }, TestContext.Current.CancellationToken);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
