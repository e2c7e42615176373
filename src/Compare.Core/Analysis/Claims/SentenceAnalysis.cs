using Compare.Core.Analysis.Text;
using Compare.Core.Domain;

namespace Compare.Core.Analysis.Claims;

/// <summary>Everything the extractor found about one sentence, claim or not: for tests, explanations and tuning.</summary>
internal sealed record SentenceAnalysis(int Index, SentenceText Sentence, ClaimSlots Slots, CheckWorthiness CheckWorthiness, bool IsClaim);
