using System.Xml.Linq;
using Entente.Text.Pipeline;
using Entente.Text.Tests.Support;
using Entente.Text.Tota;

namespace Entente.Text.Tests.Corpus;

/// <summary>The structure parser against ToTA: 300 real trade agreements whose XML says where each article is.</summary>
public class TotaTests(ITestOutputHelper output)
{
    [Fact]
    public void FindsTheSameArticlesAsTheXmlInAtLeast95PercentOfTreatiesWithTheirPartiesAndSigningDate()
    {
        var files = Directory.GetFiles(SharedFolder.Tota, "*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var scores = new List<(string File, TotaScore Score)>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var analysis = DocumentPipeline.Default.Analyse(bytes, file).Analysis;
            Assert.Null(analysis.Error);
            scores.Add((Path.GetFileName(file), TotaEvaluation.Score(XDocument.Load(file), analysis)));
        }

        var exact = scores.Count(s => s.Score.ArticlesMatch) * 100.0 / scores.Count;
        var articles = scores.Count(s => s.Score.ArticlesMatchAllowingUnsplit) * 100.0 / scores.Count;
        output.WriteLine($"articles match exactly in {exact:F1}% of {scores.Count} treaties; {articles:F1}% counting articles the XML left unsplit");
        foreach (var (file, score) in scores.Where(s => !s.Score.ArticlesMatchAllowingUnsplit))
        {
            output.WriteLine($"  {file}: expected {score.ExpectedArticles} articles, found {score.FoundArticles}");
        }

        Assert.True(articles >= 95.0, $"articles match in only {articles:F1}% of treaties");
        Assert.True(exact >= 90.0, $"articles match exactly in only {exact:F1}% of treaties");
        Assert.All(scores, s => Assert.True(s.Score.PartiesMatch, $"{s.File}: parties differ"));
        Assert.All(scores, s => Assert.True(s.Score.SignedOnMatches, $"{s.File}: signing date differs"));
    }
}
