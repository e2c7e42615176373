
namespace Compare.Core.Analysis.Slots.Quantities;

/// <summary>Units a figure can carry: currencies (symbols, codes, words), percent words, measures and time units.</summary>
internal static class Units
{
    /// <summary>The unit of a person's age ("Dr Canto, 52, ...", "aged 52", "a 52-year-old"): not a count, not a duration.</summary>
    public const string Age = "years of age";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₪"] = "ILS", ["₩"] = "KRW",
    };

    /// <summary>Prefixes glued to "$": "US$", "C$", "A$", "HK$", "NZ$", "S$".</summary>
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.Ordinal)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD", ["HK"] = "HKD",
        ["NZ"] = "NZD", ["S"] = "SGD", ["NT"] = "TWD", ["R"] = "BRL", ["Mex"] = "MXN",
    };

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "RMB", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "RUB", "ILS", "IRR", "SAR", "AED",
        "QAR", "KWD", "TRY", "SEK", "NOK", "DKK", "CZK", "PLN", "HUF", "RON", "UAH", "ZAR", "NGN", "KES", "EGP", "BRL", "MXN", "ARS",
        "CLP", "COP", "PEN", "KRW", "TWD", "THB", "MYR", "IDR", "PHP", "VND", "PKR", "BDT", "LKR", "ISK", "BTC",
    };

    /// <summary>Currency nouns; the value is the code when the noun alone names one, else the singular noun.</summary>
    private static readonly Dictionary<string, string> CurrencyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["yen"] = "JPY", ["yuan"] = "CNY",
        ["renminbi"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR", ["ruble"] = "RUB", ["rubles"] = "RUB", ["rouble"] = "RUB",
        ["roubles"] = "RUB", ["shekel"] = "ILS", ["shekels"] = "ILS", ["sterling"] = "GBP", ["zloty"] = "PLN", ["zlotys"] = "PLN",
        ["forint"] = "HUF", ["forints"] = "HUF", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["baht"] = "THB",
        ["ringgit"] = "MYR", ["rupiah"] = "IDR", ["naira"] = "NGN", ["rand"] = "ZAR", ["lira"] = "TRY", ["liras"] = "TRY",
        ["dirham"] = "AED", ["dirhams"] = "AED", ["won"] = "KRW", ["reais"] = "BRL", ["koruna"] = "CZK", ["korunas"] = "CZK",
        ["koruny"] = "CZK", ["krona"] = "SEK", ["kronor"] = "SEK", ["bitcoin"] = "BTC", ["bitcoins"] = "BTC", ["crown"] = "crown",
        ["crowns"] = "crown", ["franc"] = "franc", ["francs"] = "franc", ["peso"] = "peso", ["pesos"] = "peso", ["rial"] = "rial",
        ["rials"] = "rial", ["riyal"] = "riyal", ["riyals"] = "riyal", ["dinar"] = "dinar", ["dinars"] = "dinar",
        ["krone"] = "krone", ["kroner"] = "krone", ["pound"] = "pound", ["pounds"] = "pound", ["lei"] = "RON", ["leu"] = "RON",
    };

    /// <summary>A nationality before a currency noun that picks the code: "Canadian dollars", "Swedish crowns".</summary>
    private static readonly Dictionary<string, string> National = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Canadian dollar"] = "CAD", ["Australian dollar"] = "AUD", ["Hong Kong dollar"] = "HKD", ["New Zealand dollar"] = "NZD",
        ["Singapore dollar"] = "SGD", ["Taiwan dollar"] = "TWD", ["Taiwanese dollar"] = "TWD", ["US dollar"] = "USD",
        ["U.S. dollar"] = "USD", ["American dollar"] = "USD", ["Swedish crown"] = "SEK", ["Norwegian crown"] = "NOK",
        ["Danish crown"] = "DKK", ["Czech crown"] = "CZK", ["Icelandic crown"] = "ISK", ["Swedish krona"] = "SEK",
        ["Norwegian krone"] = "NOK", ["Danish krone"] = "DKK", ["Icelandic krona"] = "ISK", ["Swiss franc"] = "CHF",
        ["British pound"] = "GBP", ["Egyptian pound"] = "EGP", ["Lebanese pound"] = "LBP", ["Syrian pound"] = "SYP",
        ["Mexican peso"] = "MXN", ["Argentine peso"] = "ARS", ["Chilean peso"] = "CLP", ["Colombian peso"] = "COP",
        ["Philippine peso"] = "PHP", ["Iranian rial"] = "IRR", ["Omani rial"] = "OMR", ["Yemeni rial"] = "YER",
        ["Saudi riyal"] = "SAR", ["Qatari riyal"] = "QAR", ["Indian rupee"] = "INR", ["Pakistani rupee"] = "PKR",
        ["Sri Lankan rupee"] = "LKR", ["Turkish lira"] = "TRY", ["South African rand"] = "ZAR", ["Japanese yen"] = "JPY",
        ["Chinese yuan"] = "CNY", ["Russian ruble"] = "RUB", ["Russian rouble"] = "RUB", ["Israeli shekel"] = "ILS",
        ["Brazilian real"] = "BRL", ["Polish zloty"] = "PLN", ["Hungarian forint"] = "HUF", ["Ukrainian hryvnia"] = "UAH",
        ["Jordanian dinar"] = "JOD", ["Kuwaiti dinar"] = "KWD", ["Iraqi dinar"] = "IQD", ["Libyan dinar"] = "LYD",
        ["Tunisian dinar"] = "TND", ["Moroccan dirham"] = "MAD", ["Emirati dirham"] = "AED", ["South Korean won"] = "KRW",
        ["Korean won"] = "KRW", ["Thai baht"] = "THB", ["Indonesian rupiah"] = "IDR", ["Malaysian ringgit"] = "MYR",
        ["Nigerian naira"] = "NGN", ["Kenyan shilling"] = "KES", ["Ugandan shilling"] = "UGX", ["Tanzanian shilling"] = "TZS",
        ["Romanian leu"] = "RON",
    };

    /// <summary>Units of measure, singular and plural, mapped to their singular name.</summary>
    private static readonly Dictionary<string, string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mile"] = "mile", ["miles"] = "mile", ["km"] = "kilometre", ["kilometre"] = "kilometre", ["kilometres"] = "kilometre",
        ["kilometer"] = "kilometre", ["kilometers"] = "kilometre", ["metre"] = "metre", ["metres"] = "metre", ["meter"] = "metre",
        ["meters"] = "metre", ["foot"] = "foot", ["feet"] = "foot", ["ft"] = "foot", ["yard"] = "yard", ["yards"] = "yard",
        ["inch"] = "inch", ["inches"] = "inch", ["acre"] = "acre", ["acres"] = "acre", ["hectare"] = "hectare",
        ["hectares"] = "hectare", ["ton"] = "ton", ["tons"] = "ton", ["tonne"] = "tonne", ["tonnes"] = "tonne",
        ["kg"] = "kilogram", ["kilogram"] = "kilogram", ["kilograms"] = "kilogram", ["kilo"] = "kilogram", ["kilos"] = "kilogram",
        ["gram"] = "gram", ["grams"] = "gram", ["mg"] = "milligram", ["milligram"] = "milligram", ["milligrams"] = "milligram",
        ["microgram"] = "microgram", ["micrograms"] = "microgram", ["mcg"] = "microgram", ["µg"] = "microgram",
        ["cm"] = "centimetre", ["centimetre"] = "centimetre", ["centimetres"] = "centimetre", ["centimeter"] = "centimetre",
        ["centimeters"] = "centimetre", ["mm"] = "millimetre", ["millimetre"] = "millimetre", ["millimetres"] = "millimetre",
        ["millimeter"] = "millimetre", ["millimeters"] = "millimetre", ["ml"] = "millilitre", ["millilitre"] = "millilitre",
        ["millilitres"] = "millilitre", ["milliliter"] = "millilitre", ["milliliters"] = "millilitre", ["knot"] = "knot",
        ["knots"] = "knot", ["lb"] = "pound", ["lbs"] = "pound", ["ounce"] = "ounce", ["ounces"] = "ounce",
        ["gallon"] = "gallon", ["gallons"] = "gallon", ["litre"] = "litre", ["litres"] = "litre", ["liter"] = "litre",
        ["liters"] = "litre", ["barrel"] = "barrel", ["barrels"] = "barrel", ["bbl"] = "barrel", ["degree"] = "degree",
        ["degrees"] = "degree", ["mph"] = "mph", ["kph"] = "km/h", ["kW"] = "kW", ["MW"] = "MW", ["GW"] = "GW", ["kWh"] = "kWh",
        ["MWh"] = "MWh", ["GWh"] = "GWh", ["TWh"] = "TWh", ["megawatt"] = "MW", ["megawatts"] = "MW", ["gigawatt"] = "GW",
        ["gigawatts"] = "GW", ["square"] = "square", ["cubic"] = "cubic", ["nautical"] = "nautical",
    };

    /// <summary>The singular names <see cref="TryMeasureUnit"/> gives ("mile", "MW", "km/h"), any case.</summary>
    private static readonly HashSet<string> MeasureNames = new(Measures.Values, StringComparer.OrdinalIgnoreCase);

    /// <summary>Time units as counted nouns ("three decades", "24 hours").</summary>
    private static readonly Dictionary<string, string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = "second", ["seconds"] = "second", ["minute"] = "minute", ["minutes"] = "minute", ["hour"] = "hour",
        ["hours"] = "hour", ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week", ["month"] = "month",
        ["months"] = "month", ["year"] = "year", ["years"] = "year", ["decade"] = "decade", ["decades"] = "decade",
        ["century"] = "century", ["centuries"] = "century",
    };

    /// <summary>The unit of a multiple ("40 times the legal limit").</summary>
    public const string Times = "times";

    public static bool TryCurrencySymbol(string symbol, out string code) => Symbols.TryGetValue(symbol, out code!);

    public static bool TryDollarPrefix(string prefix, out string code) => DollarPrefixes.TryGetValue(prefix, out code!);

    public static bool IsCurrencyCode(string word) => Codes.Contains(word);

    public static bool TryCurrencyNoun(string word, out string unit) => CurrencyNouns.TryGetValue(word, out unit!);

    /// <summary>Code for "Canadian dollars" given the nationality word(s) and the currency noun.</summary>
    public static bool TryNationalCurrency(string nationality, string noun, out string code)
    {
        var singular = noun.EndsWith('s') && !noun.Equals("reais", StringComparison.OrdinalIgnoreCase) ? noun[..^1] : noun;
        if (singular.Equals("kronor", StringComparison.OrdinalIgnoreCase))
        {
            singular = "krona";
        }

        return National.TryGetValue(nationality + " " + singular, out code!);
    }

    public static bool IsMeasureUnit(string word) => Measures.ContainsKey(word);

    /// <summary>Whether <paramref name="unit"/> is the name of a unit of measure, as a parsed figure carries it.</summary>
    public static bool IsMeasureName(string unit) => MeasureNames.Contains(unit);

    public static bool TryMeasureUnit(string word, out string unit) => Measures.TryGetValue(word, out unit!);

    public static bool TryTimeUnit(string word, out string unit) => TimeUnits.TryGetValue(word, out unit!);

    /// <summary>
    /// Units of one dimension in their base unit ("s", "W", "Wh", "m", "g", "l", "m2"). Hand-written: no unit-conversion
    /// library is on the package mirror, and only the units read here need a size. Months and years are their average
    /// lengths; tons and pounds are left out (short or long ton, weight or currency).
    /// </summary>
    private static readonly Dictionary<string, (string Dimension, double Factor)> Scales = new(StringComparer.Ordinal)
    {
        ["second"] = ("s", 1), ["minute"] = ("s", 60), ["hour"] = ("s", 3600), ["day"] = ("s", 86_400), ["week"] = ("s", 604_800),
        ["month"] = ("s", 2_629_800), ["year"] = ("s", 31_557_600), ["decade"] = ("s", 315_576_000), ["century"] = ("s", 3_155_760_000),
        ["kw"] = ("W", 1e3), ["mw"] = ("W", 1e6), ["gw"] = ("W", 1e9),
        ["kwh"] = ("Wh", 1e3), ["mwh"] = ("Wh", 1e6), ["gwh"] = ("Wh", 1e9), ["twh"] = ("Wh", 1e12),
        ["metre"] = ("m", 1), ["kilometre"] = ("m", 1e3), ["mile"] = ("m", 1609.344), ["foot"] = ("m", 0.3048), ["yard"] = ("m", 0.9144),
        ["inch"] = ("m", 0.0254),
        ["centimetre"] = ("m", 0.01), ["millimetre"] = ("m", 0.001),
        ["microgram"] = ("g", 1e-6), ["milligram"] = ("g", 1e-3), ["gram"] = ("g", 1), ["kilogram"] = ("g", 1e3), ["tonne"] = ("g", 1e6),
        ["millilitre"] = ("l", 1e-3), ["litre"] = ("l", 1),
        ["hectare"] = ("m2", 1e4), ["acre"] = ("m2", 4046.856), ["square metre"] = ("m2", 1), ["square kilometre"] = ("m2", 1e6),
        ["square mile"] = ("m2", 2_589_988),
    };

    /// <summary>The dimension of <paramref name="unit"/> and its size in the dimension's base unit, or null for a unit of no size.</summary>
    public static (string Dimension, double Factor)? Scale(string unit) => Scales.TryGetValue(unit, out var s) ? s : null;
}
