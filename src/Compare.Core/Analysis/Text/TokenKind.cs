namespace Compare.Core.Analysis.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with digits ("G7"), inner apostrophes ("didn't") or dots ("U.S."); also the possessive "'s".</summary>
    Word,

    /// <summary>Digits with thousands commas and a decimal part: "1,200", "5.25".</summary>
    Number,

    /// <summary>A currency or percent sign and similar: $ € £ ¥ % ~ +.</summary>
    Symbol,

    /// <summary>Any other single character: . , ; : ( ) " - and so on.</summary>
    Punct,

    /// <summary>No token: what <see cref="Token.None"/> stands for past either end of a sentence.</summary>
    None,
}
