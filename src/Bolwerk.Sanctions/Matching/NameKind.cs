namespace Bolwerk.Sanctions.Matching;

/// <summary>What a name names, which decides the prefixes, legal forms and number rules that apply.</summary>
public enum NameKind
{
    /// <summary>Unknown: a query without a schema, or an FtM LegalEntity/Thing.</summary>
    Any,

    /// <summary>A person: titles are dropped; word order is free.</summary>
    Person,

    /// <summary>A company or organisation: articles and legal forms are set aside; numbers must agree.</summary>
    Organisation,

    /// <summary>A vessel or aircraft: MV/MT prefixes are dropped; numbers must agree ("Victory" is not "Victory 3").</summary>
    Craft,
}

/// <summary>Maps FtM schema names to the kind of name they carry.</summary>
public static class NameKinds
{
    /// <summary>The kind for an FtM schema name (case-insensitive); unknown or missing → <see cref="NameKind.Any"/>.</summary>
    public static NameKind ForSchema(string? schema) => schema?.ToLowerInvariant() switch
    {
        "person" => NameKind.Person,
        "company" or "organization" or "organisation" or "publicbody" => NameKind.Organisation,
        "vessel" or "airplane" or "vehicle" => NameKind.Craft,
        _ => NameKind.Any,
    };
}
