using System.ComponentModel.DataAnnotations;

namespace Compare.Core.Analysis.Claims;

/// <summary>Settings of <see cref="ClaimExtractor"/>; bind from the <see cref="SectionName"/> section and validate on start.</summary>
public sealed class ClaimExtractorOptions
{
    public const string SectionName = "Compare:Claims";

    /// <summary>
    /// Sentences scoring below this check-worthiness are not claims. Default 0.4: a plain declarative sentence of eight words
    /// or more scores about 0.67, a short one about 0.48, a question, command, heading or page junk well under 0.2.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCheckWorthiness { get; set; } = 0.4;
}
