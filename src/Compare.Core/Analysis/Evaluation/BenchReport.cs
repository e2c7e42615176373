namespace Compare.Core.Analysis.Evaluation;

/// <summary>What <c>compare bench</c> measures, in one run.</summary>
/// <param name="RawSentences">Sentences embedded by the bare MiniLM embedder.</param>
/// <param name="RawSeconds">Time they took.</param>
/// <param name="Claims">Claims the engine compared end to end (new text).</param>
/// <param name="FirstRunSeconds">Time of the engine on the new text (embedding cache empty for it).</param>
/// <param name="SecondRunSeconds">Time of the engine on the same text again.</param>
/// <param name="PeakWorkingSetMb">Peak working set of the process, MB.</param>
public sealed record BenchReport(int RawSentences, double RawSeconds, int Claims, double FirstRunSeconds, double SecondRunSeconds, double PeakWorkingSetMb)
{
    public double RawSentencesPerSecond => RawSentences / RawSeconds;

    public double ClaimsPerSecond => Claims / FirstRunSeconds;

    /// <summary>End-to-end claims/s as a share of raw sentences/s.</summary>
    public double EndToEndShare => ClaimsPerSecond / RawSentencesPerSecond;

    public double RerunSpeedup => FirstRunSeconds / SecondRunSeconds;
}
