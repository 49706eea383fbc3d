using Entente.Text.Understanding;

namespace Entente.Text.Tests.Understanding;

/// <summary>
/// Texts in languages Entente does not read are reported as themselves or as unknown, never as Azerbaijani or Russian
/// (sentences written for these tests, in the style of news reports).
/// </summary>
public class LanguageDetectorTests
{
    [Theory]
    [InlineData("kk", "Қазақстан мен Ресей арасындағы сауда айналымы өткен жылы 28 миллиард долларға жетті. Үкіметаралық комиссияның отырысы Астанада өтті, тараптар көлік дәлізін дамыту туралы келісті.")]
    [InlineData("tt", "Татарстан белән Азәрбайҗан арасында хезмәттәшлек турында килешү имзаланды. Казанда узган очрашуда сәүдә әйләнеше һәм мәдәният көннәре турында сөйләштеләр.")]
    [InlineData("ba", "Башҡортостан менән Әзербайжан араһында хеҙмәттәшлек тураһында килешеү ҡул ҡуйылды. Өфөлә үткән осрашыуҙа сауҙа һәм мәҙәниәт көндәре тураһында һөйләштеләр.")]
    [InlineData("tr", "Türkiye ile Azerbaycan arasındaki ticaret hacmi geçen yıl yüzde 20 artarak 7 milyar dolara ulaştı. Bakanlar ortak komisyon toplantısında ulaştırma ve enerji alanında işbirliğini görüştü.")]
    [InlineData("uz", "Oʻzbekiston va Rossiya oʻrtasidagi savdo aylanmasi oʻtgan yili 10 milliard dollarga yetdi. Hukumatlararo komissiya yigʻilishida transport va energetika boʻyicha hamkorlik muhokama qilindi.")]
    [InlineData("es", "El comercio entre los dos países creció un 20 por ciento el año pasado, según el ministerio. Los ministros se reunieron en Madrid para hablar de la cooperación en energía y transporte.")]
    public void NamesALanguageEntenteDoesNotRead(string language, string text)
    {
        var detected = LanguageDetector.Detect(text);
        Assert.Equal(language, detected);
        Assert.False(LanguageDetector.IsRead(detected));
    }

    [Theory]
    [InlineData("Қазақстан мен Ресей сауда айналымы туралы келісті.")]
    [InlineData("Бишкекте өкмөттөр аралык комиссиянын жыйыны өттү, тараптар соода жүгүртүүнү көбөйтүү жөнүндө сүйлөштү.")]
    [InlineData("Bakanlar toplantıda ticaret ve enerji alanında işbirliğini görüştü, ancak bir anlaşma imzalanmadı.")]
    public void NeverTakesAnotherTurkicLanguageForAzerbaijaniOrRussian(string text)
    {
        var detected = LanguageDetector.Detect(text);
        Assert.NotEqual("az", detected);
        Assert.NotEqual("ru", detected);
    }

    [Theory]
    [InlineData("az", "Azərbaycan ilə Rusiya arasında ticarət dövriyyəsi ötən il 4 milyard dollar təşkil edib. Hökumətlərarası komissiyanın iclası Bakıda keçirilib.")]
    [InlineData("ru", "Товарооборот между Россией и Азербайджаном в прошлом году составил 4 млрд долларов. Заседание межправительственной комиссии прошло в Баку.")]
    [InlineData("ru", "Глава МИД России встретился в Астане с коллегой; на встрече обсуждался проект «Қазақстан темір жолы».")]
    [InlineData("en", "Trade between the two countries reached 4 billion dollars last year, and the commission will meet in Baku.")]
    [InlineData("en", "Baku, 1 August 2025. An airline resumed direct flights from Moscow to Ganja after a two-year break, a spokesman said.")]
    [InlineData("en", "Russia's exports to Azerbaijan amounted to $3.2 billion last year, while imports from Azerbaijan reached $1.1 billion.")]
    [InlineData("ru", "Москва, 1 марта 2024 года. Президент России приветствовал участников российско-азербайджанского форума.")]
    // One short line with two English words and nothing of another language.
    [InlineData("en", "Baku, 14 May 2023. Russia and Azerbaijan opened a new rail transit corridor.")]
    [InlineData("en", "Trade turnover between Russia and Azerbaijan reached $4.3 billion in 2023.")]
    public void ReadsTheLanguagesEntenteReads(string language, string text)
    {
        var detected = LanguageDetector.Detect(text);
        Assert.Equal(language, detected);
        Assert.True(LanguageDetector.IsRead(detected));
    }

    [Theory]
    // Two English-looking words are not enough beside an accented letter or another language's word.
    [InlineData("Café and bar opened in Lisboa near São Paulo street.")]
    [InlineData("Los ministros and delegation met in Madrid yesterday.")]
    public void TwoEnglishWordsWithAnotherLanguagesMarksAreNotEnglish(string text)
    {
        Assert.NotEqual("en", LanguageDetector.Detect(text));
    }
}
