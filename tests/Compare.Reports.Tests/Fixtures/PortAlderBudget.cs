using Compare.Core.Domain;
using static Compare.Reports.Tests.Fixtures.ComparisonBuilder;

namespace Compare.Reports.Tests.Fixtures;

/// <summary>
/// The demo topic port-alder-budget as the engine should compare it (seeds/corpus/port-alder-budget/facts.md): four
/// outlets, 19 facts, differences of every kind, omissions and unique claims, the outlets' own sentences.
/// </summary>
internal static class PortAlderBudget
{
    public const string Hc = "harbor-courier";
    public const string Nn = "northline-news";
    public const string Mp = "meridian-post";
    public const string Cl = "civic-ledger";

    public static IReadOnlyList<string> OutletNames { get; } = ["The Harbor Courier", "Northline News", "Meridian Post", "The Civic Ledger"];

    public static Uri HcUrl { get; } = new("https://www.harborcourier.example/local/2026/06/11/council-adopts-budget-minutes-before-midnight/");

    public static Uri NnUrl { get; } = new("https://news.northline.example/stories/2026/06/port-alder-new-budget-what-changes.html");

    public static Uri MpUrl { get; } = new("https://meridianpost.example/politics/port-alder-budget-fight-mid-size-cities-09964c");

    public static Uri ClUrl { get; } = new("https://civicledger.example/2026/06/12/what-port-alder-budget-buys-and-costs/");

    public static Comparison Create() => Builder().Build();

    public static ComparisonBuilder Builder()
    {
        var b = new ComparisonBuilder("port-alder-budget", "Port Alder city council adopts the 2027 budget", T("2026-06-12T15:30:00Z"))
            .Outlet(Hc, "The Harbor Courier", "https://www.harborcourier.example/", HcUrl.AbsoluteUri,
                "Council adopts $1.42 billion budget minutes before midnight, sends transit levy to voters", T("2026-06-11T08:05:00Z"))
            .Outlet(Nn, "Northline News", "https://news.northline.example/", NnUrl.AbsoluteUri,
                "Port Alder has a new budget. Here's what changes for you", T("2026-06-11T13:20:00Z"))
            .Outlet(Mp, "Meridian Post", "https://meridianpost.example/", MpUrl.AbsoluteUri,
                "Port Alder's budget fight is a preview of the squeeze coming for America's mid-size cities", T("2026-06-11T16:00:00Z"))
            .Outlet(Cl, "The Civic Ledger", "https://civicledger.example/", ClUrl.AbsoluteUri,
                "What Port Alder's new budget buys, and what it will cost you", T("2026-06-12T14:00:00Z"))
            .Method(new ComparisonMethod("compare-engine 0.1.0", "all-MiniLM-L6-v2 (384 dimensions)", "pair judge 2026.06 (ML.NET)",
            [
                "Claims were matched across outlets by sentence embeddings (top 5 candidates per claim) and judged by the pair model "
                    + "on fuzzy ratios, entity overlap, quantities, dates, negation, hedges and attribution.",
                "Figures are compared as quantities with units; an approximate figure agrees with an exact one within 5 percent.",
            ]));
        Facts(b);
        return b;
    }

    private static void Facts(ComparisonBuilder b)
    {
        b.Differ("c01", "Total size of the fiscal 2027 budget", 0.95,
            [
                new(Hc, "The budget totals $1.42 billion, about 3.8 percent more than the city is spending this year."),
                new(Nn, "The plan totals $1.24 billion.", 1),
                new(Mp, "The plan spends about $1.4 billion."),
                new(Cl, "All told, the adopted plan spends $1.418 billion across the general fund and the city's special funds."),
            ],
            [Diff(DifferenceKind.Number, "$1.24 billion is 13% below $1.42 billion; the other figures agree within rounding.",
                Value(Hc, "$1.42 billion", "$1.42 billion"), Value(Nn, "$1.24 billion", "$1.24 billion"),
                Value(Mp, "$1.42 billion", "about $1.4 billion", stated: "about $1.4 billion"),
                Value(Cl, "$1.42 billion", "$1.418 billion", stated: "$1.418 billion"))]);
        b.Differ("c02", "The council's vote count on adopting the budget", 0.94,
            [
                new(Hc, "The council voted 6-3 to adopt the budget, with Councilmembers Hal Pruett, Celeste Ybarra and Gordon Calloway in opposition."),
                new(Nn, "The vote was 7-2.", 1),
                new(Mp, "The margin was 6-3."),
                new(Cl, "The final tally was 6-3, with Councilmembers Hal Pruett, Celeste Ybarra and Gordon Calloway voting no."),
            ],
            [Diff(DifferenceKind.Number, "7-2 is not 6-3.",
                Value(Hc, "6-3", "6-3"), Value(Nn, "7-2", "7-2"), Value(Mp, "6-3", "6-3"), Value(Cl, "6-3", "6-3"))]);
        b.Differ("c03", "Date of the final budget vote", 0.9,
            [
                new(Hc, "The Port Alder City Council adopted the city's spending plan for the coming fiscal year at 11:48 p.m. Wednesday."),
                new(Nn, "City council members gave final approval to the spending plan Wednesday night, after a marathon meeting at City Hall."),
                new(Mp, "In the early hours of Thursday, the Port Alder City Council approved its next budget.", 1),
                new(Cl, "The Port Alder City Council approved the city's fiscal 2027 operating budget on Wednesday, June 10."),
            ],
            [Diff(DifferenceKind.Date, "Thursday, June 11 does not overlap Wednesday, June 10.",
                Value(Hc, "2026-06-10", "11:48 p.m. Wednesday"), Value(Nn, "2026-06-10", "Wednesday night"),
                Value(Mp, "2026-06-11", "In the early hours of Thursday"), Value(Cl, "2026-06-10", "Wednesday, June 10"))]);
        b.Agree("c04", "The council voted 5-4 to put the transit levy on the ballot", 0.72,
            [
                new(Hc, "Earlier in the evening, the council voted 5-4 to send an eight-year transit levy to voters."),
                new(Mp, "The council voted 5-4 to put a transit levy before voters rather than fund better bus service in the budget itself."),
                new(Cl, "In a separate 5-4 vote earlier in the evening, the council agreed to place an eight-year transit levy before voters."),
            ], omittedBy: [Nn]);
        b.Differ("c05", "The transit levy would raise $38 million a year", 0.7,
            [
                new(Hc, "The levy would raise $38 million a year for more frequent service on 14 bus routes operated by Port Alder Regional Transit."),
                new(Mp, "It would raise about $38 million a year for bus service, Councilmember Rosa Lindqvist, the levy's sponsor, said.", 2),
                new(Cl, "The levy would generate $38 million a year, according to the Budget Office's fiscal note on the measure.", 1),
            ],
            [Diff(DifferenceKind.Attribution, "One outlet states it in its own voice, the others credit different sources.",
                Value(Hc, "own voice", string.Empty),
                Value(Mp, "Councilmember Rosa Lindqvist", "Councilmember Rosa Lindqvist, the levy's sponsor, said", "Councilmember Rosa Lindqvist"),
                Value(Cl, "Port Alder Budget Office", "according to the Budget Office's fiscal note", "Port Alder Budget Office"))],
            omittedBy: [Nn]);
        b.Differ("c06", "The transit levy goes before voters in November", 0.88,
            [
                new(Hc, "The measure, sponsored by Councilmember Rosa Lindqvist, will go before voters on the November ballot."),
                new(Nn, "The levy could be on the ballot in November if the county signs off.", 1),
                new(Mp, "The eight-year measure is likely to appear on the November ballot, though county election officials must still certify its wording.", 1),
                new(Cl, "The levy will appear on the November ballot, where it needs a simple majority to pass."),
            ],
            [Diff(DifferenceKind.Certainty, "Two outlets state it as settled, two hedge it (likely, could).",
                Value(Hc, "asserted", "will go before voters"), Value(Nn, "hedged: could", "could be on the ballot"),
                Value(Mp, "hedged: likely", "is likely to appear"), Value(Cl, "asserted", "will appear"))]);
        b.Agree("c07", "The police budget grows 6.4 percent to $212 million", 0.86,
            [
                new(Hc, "The police department's budget rises 6.4 percent to $212 million, the largest dollar increase of any department."),
                new(Nn, "The police department's budget goes up by about 6 percent."),
                new(Mp, "The police department gets $212 million, a 6.4 percent increase."),
                new(Cl, "The police department receives $212.3 million, 6.4 percent more than this year."),
            ]);
        b.Differ("c08", "The police budget adds 24 sworn officer positions", 0.68,
            [
                new(Hc, "The plan adds 24 sworn officer positions, which Police Chief Teodor Haskins said would allow the department to restore an overnight patrol shift."),
                new(Mp, "But the plan does not create any new sworn officer positions.", 1),
                new(Cl, "That includes money for 24 new officer positions, which would bring the department's authorized sworn strength to 1,126."),
            ],
            [Diff(DifferenceKind.Polarity, "Meridian Post denies what the others state.",
                Value(Hc, "adds 24 positions", "adds 24 sworn officer positions"), Value(Mp, "no new positions", "does not create"),
                Value(Cl, "adds 24 positions", "24 new officer positions"))],
            omittedBy: [Nn]);
        b.Agree("c09", "Sunday hours return at all 11 branch libraries", 0.85,
            [
                new(Hc, "That money will restore Sunday hours at all 11 branches, which have been closed on Sundays since cuts in 2024."),
                new(Nn, "Good news for bookworms: every branch library in the city, all 11 of them, will be open on Sundays again."),
                new(Mp, "Libraries, shuttered on Sundays since 2024, will again welcome patrons seven days a week at each of the city's 11 locations."),
                new(Cl, "Every one of the city's 11 neighborhood libraries will open its doors on Sundays again, for the first time since the 2024 cuts."),
            ]);
        b.Agree("c10", "The library budget rises 4.1 percent to $31 million", 0.56,
            [
                new(Hc, "The library system's budget rises 4.1 percent to $31 million."),
                new(Cl, "The library system receives $31 million, 4.1 percent more than this year."),
            ], omittedBy: [Nn, Mp]);
        b.Differ("c11", "Who sponsored the library-hours amendment", 0.62,
            [
                new(Hc, "The restored hours were added through an amendment from Councilmember Priya Natarajan, who represents the city's north side."),
                new(Nn, "The Sunday hours were restored thanks to an amendment from Councilmember Rosa Lindqvist.", 1),
                new(Cl, "That change came from an amendment by Councilmember Priya Natarajan, which added $1.1 million for staffing."),
            ],
            [Diff(DifferenceKind.Actor, "Rosa Lindqvist is named where the others name Priya Natarajan.",
                Value(Hc, "Priya Natarajan", "Councilmember Priya Natarajan"), Value(Nn, "Rosa Lindqvist", "Councilmember Rosa Lindqvist"),
                Value(Cl, "Priya Natarajan", "Councilmember Priya Natarajan"))],
            omittedBy: [Mp]);
        b.Agree("c12", "The property-tax rate rises 2.9 percent", 0.9,
            [
                new(Hc, "To balance it, the council approved a 2.9 percent increase in the property-tax rate, the first rate increase since 2021."),
                new(Nn, "Homeowners will see a property-tax rate increase of nearly 3 percent."),
                new(Mp, "The centerpiece is a 2.9 percent increase in the property-tax rate."),
                new(Cl, "The property-tax rate rises 2.9 percent, from $6.98 to $7.18 per $1,000 of assessed value."),
            ]);
        b.Differ("c13", "A median-value homeowner pays about $84 more a year", 0.66,
            [
                new(Hc, "A homeowner with a median-value house will pay about $84 more a year under the new rate."),
                new(Nn, "For a typical homeowner, that's about $7 more a month."),
                new(Mp, "A typical homeowner could see bills rise by roughly $84 a year.", 1),
                new(Cl, "For the owner of a median-value home, assessed at $415,000, that works out to $84 a year."),
            ],
            [Diff(DifferenceKind.Certainty, "Meridian Post hedges (could) what the others state.",
                Value(Hc, "asserted", "will pay"), Value(Nn, "asserted", "that's"), Value(Mp, "hedged: could", "could see"),
                Value(Cl, "asserted", "works out to"))]);
        b.Agree("c14", "The rate increase brings in $22 million a year", 0.54,
            [
                new(Hc, "The higher rate will bring in $22 million a year for the general fund."),
                new(Cl, "The rate increase will generate $22 million a year for the general fund."),
            ], omittedBy: [Nn, Mp]);
        b.Differ("c15", "Whether Mayor Varga will sign the budget", 0.64,
            [
                new(Hc, "Mayor Ines Varga, who proposed the budget in April, said in a statement issued after the vote that she would sign it."),
                new(Mp, "Mayor Ines Varga, who proposed the budget in April, has not said whether she will sign it.", 1),
                new(Cl, "Mayor Varga has said she will sign the budget, and no councilmember has suggested a motion to reconsider."),
            ],
            [
                Diff(DifferenceKind.Polarity, "Meridian Post says she has not said so.",
                    Value(Hc, "will sign", "she would sign it"), Value(Mp, "has not said", "has not said"), Value(Cl, "will sign", "she will sign")),
                Diff(DifferenceKind.Attribution, "Two outlets credit the mayor; Meridian Post speaks in its own voice.",
                    Value(Hc, "Mayor Ines Varga", "said in a statement", "Mayor Ines Varga"), Value(Mp, "own voice", string.Empty),
                    Value(Cl, "Mayor Ines Varga", "has said", "Mayor Ines Varga")),
            ],
            omittedBy: [Nn]);
        b.Agree("c16", "The budget takes effect on July 1", 0.42,
            [
                new(Hc, "The budget takes effect July 1, when the city's fiscal year begins."),
                new(Mp, "It kicks in on July 1, the start of the city's fiscal year."),
                new(Cl, "Spending authority starts on July 1, the first day of fiscal 2027."),
            ], omittedBy: [Nn]);
        b.Unique("c17", "The budget draws $9.5 million from the rainy-day reserve", 0.36,
            new(Cl, "To balance the plan, the budget draws $9.5 million from the city's rainy-day reserve, leaving the fund at 8.2 percent of general-fund spending."));
        b.Unique("c18", "More than 140 people signed up to speak", 0.3,
            new(Nn, "More than 140 people signed up to speak during public comment, and the line to get into the chamber stretched down the front steps."));
        b.Unique("c19", "A $61 million budget gap is projected for fiscal 2029", 0.34,
            new(Mp, "The city's own five-year financial forecast projects a $61 million budget gap in fiscal 2029."));
    }

    private static DateTimeOffset T(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
