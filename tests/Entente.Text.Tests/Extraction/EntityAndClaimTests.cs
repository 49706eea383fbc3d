using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

public class EntityAndClaimTests
{
    private static ExtractionResult Extract(string text, DateOnly? date = null) =>
        TextExtractor.Extract(text, new ExtractionContext("en", "news", date));

    [Fact]
    public void NamesStatesInEachLanguageWithTheirIsoCodes()
    {
        var entities = Extract("Georgia and Turkey met in Tbilisi; Россия и Азербайджан; Azərbaycan Respublikası.").Entities
            .Where(e => e.Type == "state").Select(e => e.Id);
        Assert.Equal(["GE", "TR", "RU", "AZ", "AZ"], entities);
    }

    [Theory]
    [InlineData("Russian companies are active.")]
    [InlineData("Azerbaijani students study abroad.")]
    [InlineData("the Russian language")]
    public void AnAdjectiveOfNationalityIsNotTheState(string text)
    {
        Assert.DoesNotContain(Extract(text).Entities, e => e.Type == "state");
    }

    [Fact]
    public void TheAdjectiveNamesTheStateWhenItQualifiesTheParty()
    {
        var entity = Assert.Single(Extract("The Georgian side welcomed the decision.").Entities);
        Assert.Equal(("state", "GE"), (entity.Type, entity.Id));
    }

    [Fact]
    public void FindsPeopleByTheirOfficeAndRecognisesThemAgain()
    {
        var people = Extract("Foreign Minister Jeyhun Bayramov met Prime Minister Nikol Pashinyan. Bayramov said talks went well.").Entities
            .Where(e => e.Type == "person").ToList();
        Assert.Equal(["Jeyhun Bayramov", "Nikol Pashinyan", "Bayramov"], people.Select(p => p.Text));
        Assert.Equal(["Foreign Minister", "Prime Minister", "Foreign Minister"], people.Select(p => p.Role));
    }

    [Fact]
    public void GivesOrganisationsStableIds()
    {
        var ids = Extract("The OSCE, the United Nations and the Commonwealth of Independent States (CIS) met.").Entities.Select(e => e.Id);
        Assert.Equal(["osce", "un", "cis", "cis"], ids);
    }

    [Fact]
    public void TiesTradeFigureToItsIndicatorPeriodAndChange()
    {
        var claim = Assert.Single(Extract("Bilateral trade turnover in 2018 grew by 9.5 percent to $2.4 billion.").Claims);
        Assert.Equal(IndicatorKeys.TradeTurnover, claim.Indicator);
        Assert.Equal(new Analysis.Period(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31)), claim.Period);
        Assert.Equal(2_400_000_000m, claim.Value);
        Assert.Equal(9.5m, claim.Change!.Value);
    }

    [Fact]
    public void ReadsARussianTradeClaim()
    {
        var claim = Assert.Single(Extract("В 2020 году товарооборот составил 2,1 млрд долларов.").Claims);
        Assert.Equal(IndicatorKeys.TradeTurnover, claim.Indicator);
        Assert.Equal(2020, claim.Period.Start.Year);
        Assert.Equal(2_100_000_000m, claim.Value);
    }

    [Fact]
    public void LeavesAFigureWithoutASubjectUnattributed()
    {
        Assert.Empty(Extract("Thus we have crossed the important barrier of $5 billion.", new DateOnly(2020, 1, 1)).Claims);
    }

    [Fact]
    public void SeparatesSubjectsJoinedByWhereas()
    {
        var claims = Extract("Exports in 2019 reached $1.1 billion, whereas investment stands at about $4 billion.", new DateOnly(2020, 3, 1)).Claims;
        Assert.Equal([IndicatorKeys.Exports, IndicatorKeys.Investment], claims.Select(c => c.Indicator));
        Assert.Equal(new DateOnly(2020, 3, 1), claims[1].Period.Start);
        Assert.Equal(Qualifiers.Approximately, claims[1].Qualifier);
    }
}
