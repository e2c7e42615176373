using Compare.Core.Domain;
using static Compare.Core.Tests.Analysis.Pairs.TestClaims;

namespace Compare.Core.Tests.Analysis.Engine;

/// <summary>
/// A fictional three-outlet story about a harbour budget, written for these tests: the total differs (A and B say
/// $1.42 billion, C says $1.24 billion), C leaves out the ferries, B leaves out the dredging, and only B names the
/// chair who will not run again.
/// </summary>
internal static class StoryFixture
{
    public const string TotalA = "The Brenmouth harbour board approved a budget of $1.42 billion on Wednesday.";
    public const string TotalB = "On Wednesday the harbour board in Brenmouth adopted a $1.42 billion spending plan.";
    public const string TotalC = "Brenmouth's harbour board passed its $1.24 billion budget on Wednesday.";
    public const string FerryA = "The plan pays for two new electric ferries to cross the bay from 2028.";
    public const string FerryB = "Two battery-powered ferries will start crossing the bay in 2028 under the plan.";
    public const string DredgeA = "Dredging of the north channel will cost $40 million over three years.";
    public const string DredgeC = "Deepening the north channel is budgeted at $40 million across three years.";
    public const string UniqueB = "The board's chair, Ilse Varden, said she would not seek another term.";

    public static Dictionary<string, ClaimSlots> HandSlots { get; } = new()
    {
        [TotalA] = Money(TotalA, "$1.42 billion", 1.42e9),
        [TotalB] = Money(TotalB, "$1.42 billion", 1.42e9),
        [TotalC] = Money(TotalC, "$1.24 billion", 1.24e9),
        [DredgeA] = Money(DredgeA, "$40 million", 4e7),
        [DredgeC] = Money(DredgeC, "$40 million", 4e7),
    };

    public static Article ArticleOf(string outlet, params string[] paragraphs) =>
        new($"{outlet}/harbour-budget", outlet, new Uri($"https://{outlet}.example/harbour-budget"), "Harbour budget", null,
            new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero), null, "en", string.Join("\n\n", paragraphs));

    public static Story Story() => new("harbour-budget", "Brenmouth harbour budget",
    [
        ArticleOf("outlet-a", TotalA, FerryA, DredgeA),
        ArticleOf("outlet-b", FerryB, TotalB, UniqueB),
        ArticleOf("outlet-c", DredgeC, TotalC),
    ]);

    private static ClaimSlots Money(string text, string words, double value) =>
        ClaimSlots.Empty with { Quantities = [Q(text, words, value, "USD")] };
}
