using Entente.Agreements;
using Entente.Documents;

namespace Entente.Tests;

/// <summary>
/// An agreement added from its text gets a key of kind, date and Parties that fits its column on every database: a
/// union's agreement with 40 Parties (ToTA has several) made a 158-character key, which SQLite stored and PostgreSQL
/// refused, ending the batch.
/// </summary>
public class AgreementKeyTests
{
    [Fact]
    public void AKeyOfFewPartiesNamesThemAll()
    {
        Assert.Equal("treaty-2022-02-22-az-ru", AgreementTexts.KeyOf(AgreementKind.Treaty, new DateOnly(2022, 2, 22), ["AZ", "RU"]));
    }

    [Fact]
    public void AKeyOfManyPartiesIsCutAfterAWholePartyAndFitsItsColumn()
    {
        string[] parties = ["AI", "AN", "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FK", "FR", "GB", "GL", "GR", "GS", "HR",
            "HU", "IE", "IO", "IT", "KY", "LT", "LU", "LV", "MS", "MT", "NC", "NL", "PF", "PL", "PM", "PN", "PT", "RO", "SE", "SH", "SI"];

        var key = AgreementTexts.KeyOf(AgreementKind.JointStatement, new DateOnly(1970, 9, 29), parties);

        Assert.True(key.Length <= AgreementTexts.MaxKeyLength, $"{key.Length}: {key}");
        Assert.StartsWith("joint-statement-1970-09-29-ai-an-at-", key, StringComparison.Ordinal);
        Assert.Matches("-[a-z]{2}$", key);
    }
}
