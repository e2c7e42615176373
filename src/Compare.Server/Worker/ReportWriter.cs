using System.Globalization;
using System.Text;
using Compare.Core.Domain;
using Compare.Reports;
using Microsoft.Extensions.Options;

namespace Compare.Server.Worker;

/// <summary>
/// Writes a story's report as Markdown and HTML to the reports folder, named <c>{story id}-{label words}.md</c>; the
/// previous files of the story go when its label changes. Each file is written beside and then moved into place, so a
/// reader never sees half a report.
/// </summary>
internal sealed class ReportWriter(IOptions<WorkerOptions> options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Folder => Path.GetFullPath(options.Value.ReportsPath);

    /// <summary>Writes both files and returns the Markdown file's path.</summary>
    public async Task<string> WriteAsync(Comparison comparison, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Directory.CreateDirectory(Folder);
        var name = comparison.StoryId + "-" + Slug(comparison.Label);
        var markdown = Path.Combine(Folder, name + ".md");
        await WriteFileAsync(markdown, ReportRenderer.Render(comparison, ReportFormat.Markdown), cancellationToken).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(Folder, name + ".html"), ReportRenderer.Render(comparison, ReportFormat.Html), cancellationToken)
            .ConfigureAwait(false);
        foreach (var old in Files(comparison.StoryId).Where(f => Path.GetFileNameWithoutExtension(f) != name))
        {
            File.Delete(old);
        }

        return markdown;
    }

    /// <summary>Deletes the reports of a story (merged into another).</summary>
    public void Remove(string storyId)
    {
        foreach (var file in Files(storyId))
        {
            File.Delete(file);
        }
    }

    private List<string> Files(string storyId) =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, storyId + "-*").Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).ToList()
            : [];

    private static async Task WriteFileAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Up to six words of the label, lower case, joined by dashes ("kestrel-bay-corvane-refinery-blast-fire").</summary>
    internal static string Slug(string label)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in label.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c) || c is '\'' or '’' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.Count == 0 ? "story" : string.Join('-', words.Take(6));
    }
}
