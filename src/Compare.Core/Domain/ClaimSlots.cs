namespace Compare.Core.Domain;

/// <summary>The typed content of a claim, each part with its span in the article text.</summary>
/// <param name="Quantities">Figures with unit, magnitude, period and qualifier.</param>
/// <param name="Dates">Dates and periods, resolved to calendar intervals.</param>
/// <param name="Entities">Actors and other named entities, resolved through the alias table.</param>
/// <param name="Polarity">Negated when the sentence denies its main statement.</param>
/// <param name="Attribution">Who the sentence credits, or null when the outlet speaks in its own voice.</param>
/// <param name="Certainty">Hedged when a hedge cue qualifies the statement.</param>
/// <param name="Cues">The words that decided polarity and certainty ("not", "allegedly"), for explanations.</param>
public sealed record ClaimSlots(
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<EntityMention> Entities,
    Polarity Polarity,
    Attribution? Attribution,
    Certainty Certainty,
    IReadOnlyList<string> Cues)
{
    /// <summary>Slots of a sentence with nothing in them.</summary>
    public static ClaimSlots Empty { get; } = new([], [], [], Polarity.Affirmed, null, Certainty.Asserted, []);
}
