namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 40: a text whose paragraphs open with run-in headings ("Арматура. …", "Kazakhstan — Turkey. …") under a lead
/// that does not name every Party is a digest: its stories are read one by one. Its first story does not make the text
/// another pair's, nor do the states its other stories name; a story counts when it names both Parties itself. Under a
/// lead naming both Parties the headed paragraphs are sections of their own report. A heading of two or three words is a
/// label, not a report of its sphere.
/// </summary>
public class RunInHeadingsTests
{
    private static List<string> Clauses(string text) => DigestsTests.Clauses(text);

    [Fact]
    public void ALaterStoryOfBothPartiesCountsThoughTheFirstIsAnotherPairs()
    {
        var text = "Machinery week\n\n21 November 2020\n\n"
                   + "Kazakhstan — Turkey. Kazakh and Turkish makers of farm machinery opened a joint plant in Shymkent.\n\n"
                   + "Kazakhstan — Uzbekistan. Kazakh and Uzbek makers of farm machinery agreed to assemble tractors together.\n\n"
                   + "Georgia. Georgian farmers bought more tractors this season than last.\n";
        Assert.Equal(["26"], Clauses(text));
    }

    [Fact]
    public void ADigestsStoryOfOnePartyIsThatPartysNews()
    {
        var text = "Machinery week\n\n21 November 2020\n\n"
                   + "Egypt. Egyptian farmers bought more tractors this season than last.\n\n"
                   + "Uzbekistan. Uzbek farm machinery makers raised output by a tenth.\n\n"
                   + "Kazakhstan. A fair of farm machinery opens in Shymkent next week.\n";
        Assert.Empty(Clauses(text));
    }

    [Fact]
    public void StatesOfOtherStoriesDoNotMakeADigestAnotherRelations()
    {
        var text = "Machinery week: Egypt, Hungary, Turkey, Georgia, Kazakhstan\n\n21 November 2020\n\n"
                   + "Egypt. Egyptian farmers bought more tractors this season than last.\n\n"
                   + "Hungary. A Hungarian plant began to build combines for export.\n\n"
                   + "Turkey. Turkish makers raised prices for the third time this year.\n\n"
                   + "Georgia. Georgia cut import duties on tractors.\n\n"
                   + "Kazakhstan. A Kazakh ministry and Uzbek partners agreed to assemble farm machinery together.\n";
        Assert.Equal(["26"], Clauses(text));
    }

    [Fact]
    public void SectionsOfTheirOwnReportAreReadTogether()
    {
        var text = "Kazakh-Uzbek relations in 2023: the year in review\n\n12 January 2024\n\n"
                   + "The embassy presents the main events of Kazakh-Uzbek cooperation in 2023.\n\n"
                   + "January. The foreign ministers met in Tashkent.\n\n"
                   + "March. A joint plant began to assemble farm machinery in Shymkent.\n\n"
                   + "June. The two parliaments held their annual session.\n";
        Assert.Equal(["26"], Clauses(text));
    }

    [Fact]
    public void ARunInHeadingIsALabelNotAReportOfItsSphere()
    {
        var text = "Kazakh and Uzbek ministers meet in Tashkent\n\n21 November 2020\n\nKazakh and Uzbek ministers met in Tashkent on Friday.\n\n"
                   + "Farm machinery. A new service centre opened in Shymkent last week.\n";
        Assert.Empty(Clauses(text));
    }
}
