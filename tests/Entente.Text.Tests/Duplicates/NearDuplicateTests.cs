using Entente.Text.Duplicates;

namespace Entente.Text.Tests.Duplicates;

/// <summary>
/// Syndicated copies (one story under another outlet's headline, header and footer) match; two stories on the same
/// subject do not. The texts are written here, on subjects far from any partnership.
/// </summary>
public sealed class NearDuplicateTests
{
    private const string EnglishStory =
        "The city council voted on Tuesday to rebuild the old railway bridge over the river, ending a dispute that had lasted " +
        "almost six years. Work will begin in the spring and should take two summers, the mayor told reporters after the vote. " +
        "The bridge, opened in 1911, was closed to trains in 2019 when engineers found cracks in two of its steel piers. " +
        "Since then freight has gone round by a line forty kilometres longer, which the port says costs it about 12 million a year. " +
        "The new span will carry two tracks instead of one and a path for cyclists on its northern side. " +
        "Residents of the riverside district had asked for a tunnel instead, saying a wider bridge would bring more noise, " +
        "but the council found a tunnel would cost three times as much. The regional government has promised half of the money; " +
        "the rest will come from a loan the council expects to sign before the end of the year.";

    private const string EnglishOtherStoryOnSameSubject =
        "Freight operators welcomed the decision to replace the closed railway bridge, but warned that two more years of detours " +
        "would hurt exporters. The chamber of commerce said its members had lost orders since the line was cut in 2019 and asked " +
        "the council to let trains use a temporary crossing while the piers are rebuilt. An engineer who inspected the structure " +
        "said a temporary crossing was possible but would need its own permit from the river authority. " +
        "Cyclists' groups praised the new path, and a petition for a tunnel gathered another thousand signatures over the weekend. " +
        "The council's transport committee will meet next month to hear the operators and to publish a timetable for the tender.";

    private const string RussianStory =
        "Городской совет во вторник проголосовал за реконструкцию старого железнодорожного моста через реку, положив конец спору, " +
        "который длился почти шесть лет. Работы начнутся весной и займут два летних сезона, сообщил журналистам мэр после голосования. " +
        "Мост, открытый в 1911 году, закрыли для поездов в 2019 году, когда инженеры обнаружили трещины в двух стальных опорах. " +
        "С тех пор грузы идут в обход по линии на сорок километров длиннее, что, по словам порта, обходится ему примерно в 12 миллионов в год. " +
        "Новый пролёт будет рассчитан на два пути вместо одного, а с северной стороны появится дорожка для велосипедистов. " +
        "Жители прибрежного района просили построить тоннель, опасаясь шума от более широкого моста, " +
        "однако совет пришёл к выводу, что тоннель обойдётся втрое дороже. Половину средств обещало региональное правительство, " +
        "остальное будет получено по кредиту, который совет рассчитывает подписать до конца года.";

    private const string RussianOtherStoryOnSameSubject =
        "Грузоперевозчики приветствовали решение заменить закрытый железнодорожный мост, но предупредили, что ещё два года объездов " +
        "ударят по экспортёрам. Торговая палата заявила, что её члены теряют заказы с тех пор, как линию перекрыли в 2019 году, и попросила " +
        "совет разрешить поездам пользоваться временной переправой, пока восстанавливаются опоры. Инженер, осматривавший сооружение, " +
        "сказал, что временная переправа возможна, но потребует отдельного разрешения речного ведомства. " +
        "Объединения велосипедистов одобрили новую дорожку, а петиция за тоннель за выходные собрала ещё тысячу подписей. " +
        "Транспортный комитет совета соберётся в следующем месяце, чтобы выслушать перевозчиков и опубликовать график тендера.";

    [Fact]
    public void A_copy_with_another_outlets_headline_header_and_footer_matches_in_English()
    {
        var first = "Council backs new railway bridge\nRiverside Herald | Local news | 3 December\n\n" + EnglishStory +
            "\n\nShare this\nSubscribe to our newsletter for the morning's headlines.\n© 2026 Riverside Herald. All rights reserved.";
        var copy = "CITY VOTES TO REBUILD 1911 BRIDGE AFTER SIX-YEAR ROW\nBy staff and agencies\nPublished 3 December, updated 14:20\n\n" + EnglishStory +
            "\n\nRead more\nPort traffic falls for third month\nWeather: rain all week\nFollow us on every network. Copyright Valley Post Ltd.";

        var similarity = NearDuplicates.Compare(NearDuplicates.Fingerprint(first), NearDuplicates.Fingerprint(copy));

        Assert.True(NearDuplicates.AreCopies(NearDuplicates.Fingerprint(first), NearDuplicates.Fingerprint(copy)), $"similarity {similarity}");
        Assert.InRange(similarity.Containment, NearDuplicates.ContainmentThreshold, 1.0);
    }

    [Fact]
    public void A_copy_with_another_outlets_headline_header_and_footer_matches_in_Russian()
    {
        var first = "Совет одобрил новый мост\nПрибрежный вестник — Новости города — 3 декабря\n\n" + RussianStory +
            "\n\nПоделиться\nПодпишитесь на нашу рассылку.\n© 2026 Прибрежный вестник. Все права защищены.";
        var copy = "МОСТ 1911 ГОДА ПЕРЕСТРОЯТ ПОСЛЕ ШЕСТИ ЛЕТ СПОРОВ\nМатериал подготовлен по сообщениям агентств\n3 декабря, 14:20\n\n" + RussianStory +
            "\n\nЧитайте также\nДвижение в порту падает третий месяц\nПогода: дожди всю неделю";

        Assert.True(NearDuplicates.AreCopies(NearDuplicates.Fingerprint(first), NearDuplicates.Fingerprint(copy)),
            $"similarity {NearDuplicates.Compare(NearDuplicates.Fingerprint(first), NearDuplicates.Fingerprint(copy))}");
    }

    [Fact]
    public void A_copy_with_light_editing_still_matches()
    {
        // An outlet that shortens the last sentences and retypes the quotes and dashes carries the same story.
        var edited = EnglishStory.Replace("the mayor told reporters after the vote", "the mayor said", StringComparison.Ordinal)
            .Replace("; the rest will come from a loan the council expects to sign before the end of the year.", ".", StringComparison.Ordinal)
            .Replace("'", "\u2019", StringComparison.Ordinal);

        Assert.True(NearDuplicates.AreCopies(NearDuplicates.Fingerprint(EnglishStory), NearDuplicates.Fingerprint(edited)));
    }

    [Theory]
    [InlineData(EnglishStory, EnglishOtherStoryOnSameSubject)]
    [InlineData(RussianStory, RussianOtherStoryOnSameSubject)]
    [InlineData(EnglishStory, RussianStory)]
    public void Two_different_stories_do_not_match(string a, string b)
    {
        var similarity = NearDuplicates.Compare(NearDuplicates.Fingerprint(a), NearDuplicates.Fingerprint(b));

        Assert.False(NearDuplicates.AreCopies(NearDuplicates.Fingerprint(a), NearDuplicates.Fingerprint(b)), $"similarity {similarity}");
        Assert.True(similarity.Containment < 0.2, $"similarity {similarity}");
    }

    [Fact]
    public void Texts_too_short_to_judge_are_never_copies()
    {
        var headline = "Council backs new railway bridge after a long dispute";

        Assert.False(NearDuplicates.AreCopies(NearDuplicates.Fingerprint(headline), NearDuplicates.Fingerprint(headline)));
        Assert.True(NearDuplicates.Fingerprint(headline).ShingleCount < NearDuplicates.MinShingles);
    }

    [Fact]
    public void A_fingerprint_survives_storage_as_bytes()
    {
        var fingerprint = NearDuplicates.Fingerprint(EnglishStory);

        var read = TextFingerprint.FromBytes(fingerprint.ToBytes(), fingerprint.ShingleCount);

        Assert.Equal(fingerprint.Signature, read.Signature);
        Assert.Equal(1.0, NearDuplicates.Compare(fingerprint, read).Jaccard);
        Assert.Throws<ArgumentException>(() => TextFingerprint.FromBytes(new byte[12], 3));
    }
}
