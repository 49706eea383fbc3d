using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

public class AzerbaijaniTests
{
    private static ExtractionResult Extract(string text) => TextExtractor.Extract(text, new ExtractionContext("az", "news", new DateOnly(2023, 5, 1)));

    [Fact]
    public void ReadsTheYearFirstDate()
    {
        var date = Assert.Single(Extract("Saziş 2019-cu il 14 noyabr tarixində imzalanıb.").Dates);
        Assert.Equal(new DateOnly(2019, 11, 14), date.Value);
        Assert.Equal("2019-cu il 14 noyabr", date.Text);
    }

    [Fact]
    public void ReadsANamedDeclarationWithItsPartiesAndDate()
    {
        var text = "Gürcüstan ilə Azərbaycan Respublikası arasında strateji tərəfdaşlıq haqqında Bəyannamə 2018-ci il 9 mart tarixində imzalanıb.";
        var reference = Assert.Single(Extract(text).References);
        Assert.Equal(DocumentKinds.Declaration, reference.Kind);
        Assert.Equal("strateji tərəfdaşlıq haqqında Bəyannamə", reference.Title);
        Assert.Equal(new DateOnly(2018, 3, 9), reference.Date);
        Assert.Equal(["AZ", "GE"], reference.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TiesATradeFigureToItsYearAndChange()
    {
        var claim = Assert.Single(Extract("2020-ci ildə ticarət dövriyyəsi 12 faiz artaraq 2,5 milyard dollar təşkil edib.").Claims);
        Assert.Equal(IndicatorKeys.TradeTurnover, claim.Indicator);
        Assert.Equal(2020, claim.Period.Start.Year);
        Assert.Equal(2_500_000_000m, claim.Value);
        Assert.Equal(12m, claim.Change?.Value);
    }

    [Theory]
    [InlineData("Tərəflər enerji sahəsində əməkdaşlığı genişləndirəcəklər.", Modalities.Obligation)]
    [InlineData("Tərəflər parlamentlərarası əməkdaşlığı gücləndirmək niyyətindədirlər.", Modalities.Intention)]
    [InlineData("Tərəflər bir-birinə qarşı yönəlmiş hərəkətlərdən çəkinirlər.", Modalities.Restraint)]
    public void DecidesModalityFromTheVerb(string clause, string modality)
    {
        Assert.Equal(modality, ClauseClassifier.Classify(clause, "az").Modality);
    }
}
