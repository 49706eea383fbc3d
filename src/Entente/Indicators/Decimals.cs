namespace Entente.Indicators;

/// <summary>Decimal values as people read them.</summary>
public static class Decimals
{
    /// <summary>Drops trailing zeros the database's fixed scale adds, so 3.4e9 is written 3400000000, not 3400000000.000000.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
