using Entente.Text.Extraction;
using Entente.Text.Understanding;

namespace Entente.Text.Tests.Understanding;

/// <summary>The gazetteer's organisations and places are data (organisations.tsv, places.tsv), with the state each belongs to.</summary>
public class GazetteerTests
{
    [Theory]
    [InlineData("Делегация прибыла в Москву.", "moscow")]
    [InlineData("Переговоры прошли в Москве.", "moscow")]
    [InlineData("Форум открылся в Махачкале.", "makhachkala")]
    [InlineData("Ситуация на Южном Кавказе обсуждалась.", "south-caucasus")]
    [InlineData("Выставка открылась в Казани.", "kazan")]
    [InlineData("The forum opened in Baku.", "baku")]
    [InlineData("Nümayəndə heyəti Bakıda olub.", "baku")]
    [InlineData("Nümayəndə heyəti Qusar rayonunda olub.", "gusar")]
    [InlineData("Делегация посетила Гусарский район.", "gusar")]
    [InlineData("Центр открылся в бакинском вузе.", "baku")]
    [InlineData("В московских школах прошли Дни культуры.", "moscow")]
    public void FindsAPlaceInEveryCaseFromItsWrittenForm(string text, string place)
    {
        using var tokens = TokenStream.Create(text);
        Assert.Contains(EntityExtractor.Extract(tokens), entity => entity.Type == EntityTables.Place && entity.Id == place);
    }

    [Theory]
    [InlineData("moscow", "RU")]
    [InlineData("baku", "AZ")]
    [InlineData("state-duma", "RU")]
    [InlineData("milli-majlis", "AZ")]
    [InlineData("socar", "AZ")]
    [InlineData("gusar", "AZ")]
    [InlineData("roscosmos", "RU")]
    [InlineData("caspian-flotilla", "RU")]
    public void KnowsTheStateACityOrANationalBodyBelongsTo(string id, string state)
    {
        Assert.Equal(state, EntityTables.StateOf(id));
    }

    [Theory]
    [InlineData("tass")]
    [InlineData("un")]
    [InlineData("caspian-sea")]
    public void AnAgencyAnInternationalBodyOrASeaBelongsToNoState(string id)
    {
        Assert.Null(EntityTables.StateOf(id));
    }

    [Fact]
    public void EveryStateOfTheTablesIsAStateOfTheCountryTable()
    {
        var entries = Gazetteer.Organisations.Concat(Gazetteer.Places).ToList();
        Assert.True(entries.Count > 50);
        Assert.All(entries.Where(entry => entry.State is not null), entry => Assert.NotNull(CountryTable.EnglishName(entry.State!)));
        Assert.Equal(entries.Count, entries.Select(entry => entry.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, entry => Assert.NotEmpty(entry.Names));
    }
}
