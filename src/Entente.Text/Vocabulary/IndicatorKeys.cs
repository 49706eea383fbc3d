namespace Entente.Text.Vocabulary;

/// <summary>Stable keys of the indicators that claims and observations measure.</summary>
public static class IndicatorKeys
{
    public const string TradeTurnover = "trade-turnover";
    public const string Exports = "exports";
    public const string Imports = "imports";
    public const string Investment = "investment";
    public const string Students = "students";
    public const string Schools = "schools";
    public const string NationalCurrencyShare = "national-currency-share";
    public const string Freight = "freight";
    public const string TouristTrips = "tourist-trips";
    public const string SignedDocuments = "signed-documents";
    public const string Roadmaps = "roadmaps";

    /// <summary>The clauses (paragraphs, points) of an agreement: a fixed count.</summary>
    public const string Clauses = "clauses";
    public const string Applications = "applications";
    public const string ReturnedRefugees = "returned-refugees";
}
