using Entente.Text.Understanding;

namespace Entente.Text.Tests.Understanding;

/// <summary>Every state's names in English, Russian (every case) and Azerbaijani (with its endings), and its adjectives.</summary>
public class CountryTableTests
{
    [Theory]
    [InlineData("Treaty between the Russian Federation and the Republic of Estonia on the State Border", "RU", "EE")]
    [InlineData("Договор между Российской Федерацией и Эстонской Республикой о российско-эстонской государственной границе", "RU", "EE")]
    [InlineData("Treaty between the Russian Federation and the Republic of Lithuania on the State Border", "RU", "LT")]
    [InlineData("Договор между Российской Федерацией и Литовской Республикой о государственной границе", "RU", "LT")]
    [InlineData("Agreement between the Government of the Russian Federation and the Government of the Islamic Republic of Mauritania on Fisheries", "RU", "MR")]
    [InlineData("Соглашение между Правительством Российской Федерации и Правительством Исламской Республики Мавритания о сотрудничестве в области рыболовства", "RU", "MR")]
    [InlineData("Treaty of Friendship, Cooperation and Partnership between Ukraine and the Russian Federation", "UA", "RU")]
    [InlineData("Договор о дружбе, сотрудничестве и партнерстве между Украиной и Российской Федерацией", "UA", "RU")]
    [InlineData("Azərbaycan Respublikası ilə Litva Respublikası arasında iqtisadi əməkdaşlıq haqqında Saziş", "AZ", "LT")]
    [InlineData("Соглашение между Правительством Республики Перу и Правительством Новой Зеландии о воздушном сообщении", "PE", "NZ")]
    [InlineData("Estoniyanın və Mavritaniyanın nümayəndə heyətləri görüşüb.", "EE", "MR")]
    public void FindsThePartiesATitleNames(string title, string first, string second)
    {
        Assert.Equal([first, second], PartyFinder.Find(title, title, null, title.Length));
    }

    [Fact]
    public void HoldsEveryMemberStateOfTheUnitedNations()
    {
        // A few members from every region, each with its English, Russian and Azerbaijani name.
        foreach (var (code, english, russian, azerbaijani) in new[]
                 {
                     ("EE", "Estonia", "Эстонии", "Estoniyada"), ("MR", "Mauritania", "Мавританией", "Mavritaniyanın"),
                     ("UA", "Ukraine", "Украину", "Ukraynaya"), ("LT", "Lithuania", "Литвы", "Litvada"),
                     ("BT", "Bhutan", "Бутана", "Butandan"), ("TV", "Tuvalu", "Тувалу", "Tuvalu"), ("SR", "Suriname", "Суринаме", "Surinamla"),
                 })
        {
            Assert.Equal(code, CountryTable.FirstIn(english));
            Assert.Equal(code, CountryTable.FirstIn(russian));
            Assert.Equal(code, CountryTable.FirstIn(azerbaijani));
        }

        Assert.True(CountryTable.NameForms.Select(name => name.Code).Distinct().Count() >= 193);
    }

    [Theory]
    [InlineData("Estonian", "EE")]
    [InlineData("эстонской", "EE")]
    [InlineData("литовскими", "LT")]
    [InlineData("мавританская", "MR")]
    [InlineData("Ukrainian", "UA")]
    [InlineData("erməni", "AM")]
    public void ReadsTheAdjectivesOfEveryState(string adjective, string code)
    {
        Assert.Equal(code, CountryTable.StateOfAdjective(adjective));
    }

    [Theory]
    [InlineData("Congolese")]
    [InlineData("Того же мнения придерживается министр.")]
    public void AnAmbiguousWordNamesNoState(string text)
    {
        Assert.Null(CountryTable.StateOfAdjective(text));
        Assert.Null(CountryTable.FirstIn(text));
    }
}
