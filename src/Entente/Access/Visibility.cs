namespace Entente.Access;

/// <summary>Who may see a record: both Parties, its own Party only, or the users named on it.</summary>
public enum Visibility
{
    /// <summary>Both Parties and observers.</summary>
    Shared,

    /// <summary>Only the staff of the Party that owns the record.</summary>
    Party,

    /// <summary>Only the users named in <see cref="AccessGrant"/> rows for the record.</summary>
    Restricted,
}

/// <summary>A record whose reading is limited by <see cref="Visibility"/>; every query over it is filtered by the viewer.</summary>
public interface IVisible
{
    int Id { get; }

    Visibility Visibility { get; }

    /// <summary>The Party that owns the record and, for <see cref="Visibility.Party"/>, the only one that sees it.</summary>
    string? OwnerPartyCode { get; }
}

/// <summary>A record edited by people, guarded against lost updates by a version number bumped on every save.</summary>
public interface IVersioned
{
    long Version { get; set; }
}
