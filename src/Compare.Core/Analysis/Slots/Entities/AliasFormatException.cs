
namespace Compare.Core.Analysis.Slots.Entities;

/// <summary>The alias table is not valid; the message names the table and the entry.</summary>
public sealed class AliasFormatException : Exception
{
    public AliasFormatException()
    {
    }

    public AliasFormatException(string message)
        : base(message)
    {
    }

    public AliasFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
