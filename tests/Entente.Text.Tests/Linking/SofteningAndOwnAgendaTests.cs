using Entente.Text.Linking;

namespace Entente.Text.Tests.Linking;

/// <summary>
/// Session 38: an Azerbaijani cue ending in q or k matches the softened form the language writes before a vowel
/// ("əməkdaşlıq*" → "əməkdaşlığın"); a context cue counts in a sentence that names the body setting the agenda, though
/// the lead does not.
/// </summary>
public class SofteningAndOwnAgendaTests
{
    private static readonly LinkCandidate s_treaty = MadeUpPartnership.Treaty(
        [
            new CandidateClause("14", "The sides develop military-technical cooperation.", null),
            new CandidateClause("22", "The sides' intergovernmental commission meets every year.", null),
            new CandidateClause("23", "The sides carry out the road maps of their action plan.", null),
        ],
        [
            MadeUpPartnership.Profile("14", names: new() { ["az"] = ["hərbi-texniki əməkdaşlıq*"], ["en"] = ["military-technical cooperation"] }),
            MadeUpPartnership.Profile("22", names: new() { ["az"] = ["&hökumətlərarası komissiya*"], ["en"] = ["&intergovernmental commission"] }),
            MadeUpPartnership.Profile("23", names: new() { ["az"] = ["%yol xəritə*"], ["en"] = ["%road map*"] }),
        ]);

    private static List<string> Clauses(string text) => [.. MadeUpPartnership.Links(text, s_treaty).Select(l => l.Clause).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void AnAzerbaijaniCueMatchesItsSoftenedForm()
    {
        var text = "Qazaxıstan və Özbəkistan prezidentləri görüşüb\n\nDaşkənd, 20 avqust 2024. Prezidentlər hərbi-texniki əməkdaşlığın yüksək səviyyəsini qeyd ediblər.\n";
        Assert.Equal(["14"], Clauses(text));
    }

    [Theory]
    [InlineData("Presidents of Kazakhstan and Uzbekistan sign a joint statement\n\nTashkent, 20 August 2024. The presidents of Kazakhstan and Uzbekistan signed a joint statement in Tashkent. "
                + "The agency presents its main points.\n\n1. The presidents praise the work of the intergovernmental commission and instruct it to carry out the road map for 2024–2026 on time.\n", new[] { "22", "23" })]
    [InlineData("Presidents of Kazakhstan and Uzbekistan sign a joint statement\n\nTashkent, 20 August 2024. The presidents of Kazakhstan and Uzbekistan signed a joint statement in Tashkent. "
                + "The agency presents its main points.\n\n1. The presidents call for the road map for 2024–2026 to be carried out on time.\n", new string[0])]
    public void AContextCueCountsBesideTheBodyThatSetsTheAgenda(string text, string[] clauses)
    {
        // (The control: no such body in the sentence nor the lead, and the road map is any road map.)
        Assert.Equal(clauses, Clauses(text));
    }
}
