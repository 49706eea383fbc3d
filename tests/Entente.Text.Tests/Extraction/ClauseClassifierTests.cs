using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

public class ClauseClassifierTests
{
    [Theory]
    [InlineData("The Parties shall exchange information on customs procedures.", Modalities.Obligation, "shall")]
    [InlineData("The Parties will develop cooperation in tourism.", Modalities.Obligation, "will")]
    [InlineData("The Parties cooperate in the fight against drug trafficking.", Modalities.Obligation, null)]
    [InlineData("The Parties intend to expand cooperation in agriculture.", Modalities.Intention, "intend")]
    [InlineData("The Parties express their readiness to open consulates.", Modalities.Readiness, "express their readiness")]
    [InlineData("The Parties may consider joint exercises.", Modalities.Possibility, "may consider")]
    [InlineData("The Parties will consider the possibility of a free trade zone.", Modalities.Possibility, "will consider the possibility")]
    [InlineData("Each Party shall refrain from hostile propaganda.", Modalities.Restraint, "shall refrain")]
    [InlineData("The Georgian Party highly appreciates the assistance.", Modalities.Appreciation, "highly appreciates")]
    [InlineData("The Parties reaffirm their commitment to the UN Charter.", Modalities.Principle, "reaffirm")]
    [InlineData("Стороны будут развивать сотрудничество в области энергетики.", Modalities.Obligation, "будут")]
    [InlineData("Стороны намерены углублять межпарламентское сотрудничество.", Modalities.Intention, "намерены")]
    [InlineData("Стороны выражают готовность содействовать инвестициям.", Modalities.Readiness, "выражают готовность")]
    [InlineData("Стороны могут рассмотреть возможность оказания помощи.", Modalities.Possibility, "могут рассмотреть")]
    [InlineData("Стороны воздерживаются от любых действий.", Modalities.Restraint, "воздерживаются")]
    [InlineData("Азербайджанская Сторона высоко оценивает посредническую роль.", Modalities.Appreciation, "высоко оценивает")]
    public void DecidesTheModalityFromTheMainVerb(string clause, string modality, string? cue)
    {
        var result = ClauseClassifier.Classify(clause, "en");
        Assert.Equal(modality, result.Modality);
        Assert.Equal(cue, result.ModalityCue?.Text);
        if (result.ModalityCue is { } c)
        {
            Assert.Equal(c.Text, c.Span.Of(clause));
        }
    }

    [Theory]
    [InlineData("The Parties will develop cooperation in the peaceful use of atomic energy.", new[] { Spheres.Nuclear })]
    [InlineData("The Parties will expand railway transit and logistics.", new[] { Spheres.TransportTransit })]
    [InlineData("Стороны развивают сотрудничество в области здравоохранения и санитарно-эпидемиологического благополучия.", new[] { Spheres.HealthBiosafety })]
    [InlineData("The Parties support exchanges of students, universities and youth organisations.", new[] { Spheres.Education, Spheres.Youth })]
    [InlineData("Стороны содействуют развитию туризма и спорта.", new[] { Spheres.Sport, Spheres.Tourism })]
    public void FindsTheSpheresWithTheWordsThatDecidedThem(string clause, string[] spheres)
    {
        var result = ClauseClassifier.Classify(clause, "en");
        Assert.Equal(spheres, result.Spheres);
        Assert.All(result.SphereCues, c => Assert.Equal(c.Text, c.Span.Of(clause)));
        Assert.All(spheres, s => Assert.Contains(result.SphereCues, c => c.Label == s));
    }
}
