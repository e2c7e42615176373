namespace Compare.Core.Domain;

/// <summary>What kind of thing an entity is.</summary>
public enum EntityKind
{
    /// <summary>Not known.</summary>
    Other,

    /// <summary>A person.</summary>
    Person,

    /// <summary>A company, agency, party, armed group, court, outlet.</summary>
    Organization,

    /// <summary>A country, city, region.</summary>
    Place,
}
