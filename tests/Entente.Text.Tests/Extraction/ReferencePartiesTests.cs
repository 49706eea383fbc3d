using Entente.Text.Extraction;

namespace Entente.Text.Tests.Extraction;

/// <summary>Parties of a referenced instrument named by its sentence rather than its title.</summary>
public class ReferencePartiesTests
{
    private static IReadOnlyList<Entente.Text.Analysis.AgreementReference> References(string text, string language = "en") =>
        TextExtractor.Extract(text, new ExtractionContext(language, "news", null)).References;

    [Theory]
    [InlineData("The ministers confirmed the Agreement on Border Demarcation reached by the leaders of Kazakhstan, Uzbekistan and Kyrgyzstan.", new[] { "KZ", "UZ", "KG" })]
    [InlineData("Both stressed the joint statements of 5 May 2019 [between Georgian, Turkish and Azerbaijani leaders] on transit.", new[] { "GE", "TR", "AZ" })]
    [InlineData("The Memorandum on Transit signed on 3 June 2021 between the governments of Armenia and Georgia was welcomed.", new[] { "AM", "GE" })]
    public void PartiesNamedAfterTheReference(string text, string[] parties)
    {
        var reference = Assert.Single(References(text));
        Assert.Equal(parties.Order(), reference.Parties.Order());
    }

    [Fact]
    public void StatesOpeningTheSentenceArePartiesToWhatTheyImplement()
    {
        var reference = Assert.Single(References("Turkey and Georgia are implementing the Action Plan on transport."));
        Assert.Equal(["GE", "TR"], reference.Parties.Order());
    }

    [Theory]
    [InlineData("Russian gas prices were discussed together with the Agreement on Transit.")]
    [InlineData("Experts from Georgia studied the Agreement on Transit.")]
    [InlineData("The Agreement on Transit was praised by experts from Georgia.")]
    public void OneStateOrAnAdjectiveAloneMakesNoParties(string text)
    {
        var reference = Assert.Single(References(text));
        Assert.Empty(reference.Parties);
    }
}
