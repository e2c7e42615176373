namespace Compare.Core.Analysis.Evaluation;

/// <summary>What <c>compare bench</c> measures, in one run.</summary>
/// <param name="RawSentences">Sentences embedded by the bare MiniLM embedder.</param>
/// <param name="RawSeconds">Time they took.</param>
/// <param name="Claims">Claims the engine compared end to end (new text).</param>
/// <param name="FirstRunSeconds">Time of the engine on the new text (embedding cache empty for it).</param>
/// <param name="SecondRunSeconds">Time of the engine on the same text again.</param>
/// <param name="PeakWorkingSetMb">Peak working set of the process, MB.</param>
/// <param name="DistinctClaims">
/// Different texts among <paramref name="Claims"/>: outlets of a synthetic story often state a fact in the same words,
/// and the engine embeds such a sentence once.
/// </param>
/// <param name="EmbeddingSeconds">The part of <paramref name="FirstRunSeconds"/> the engine spent embedding claims.</param>
/// <param name="AligningSeconds">The part it spent judging candidate pairs and matching claims across outlets.</param>
public sealed record BenchReport(
    int RawSentences, double RawSeconds, int Claims, double FirstRunSeconds, double SecondRunSeconds, double PeakWorkingSetMb, int DistinctClaims,
    double EmbeddingSeconds, double AligningSeconds)
{
    /// <summary>Different claim texts embedded per second within the engine, as a share of raw sentences/s.</summary>
    public double EmbeddingShare => DistinctClaims / EmbeddingSeconds / RawSentencesPerSecond;

    /// <summary>Different claim texts the engine went through per second on the new text.</summary>
    public double DistinctClaimsPerSecond => DistinctClaims / FirstRunSeconds;

    /// <summary>Different claim texts per second as a share of raw sentences/s: the engine's cost over the bare embedder.</summary>
    public double DistinctShare => DistinctClaimsPerSecond / RawSentencesPerSecond;

    public double RawSentencesPerSecond => RawSentences / RawSeconds;

    public double ClaimsPerSecond => Claims / FirstRunSeconds;

    /// <summary>End-to-end claims/s as a share of raw sentences/s.</summary>
    public double EndToEndShare => ClaimsPerSecond / RawSentencesPerSecond;

    public double RerunSpeedup => FirstRunSeconds / SecondRunSeconds;
}
