using System.Text.Json;
using Entente.Text.Extraction;
using Entente.Text.Tests.Support;

namespace Entente.Text.Tests.Extraction;

/// <summary>Extracting only the dates (or dates and figures) gives exactly what the whole extraction gives for them.</summary>
public class PartialExtractionTests
{
    [Fact]
    public void DatesAloneAndDatesWithFiguresAreThoseOfTheWholeExtraction()
    {
        var texts = new List<(string Text, ExtractionContext Context)>
        {
            ("On 3 May the ministers met; trade rose by 12 percent to $2.1 billion in January-March 2024.", new ExtractionContext("en", "other", new DateOnly(2024, 5, 10))),
            ("Товарооборот за 9 месяцев 2023 года вырос на 7,5% и составил 1,8 млрд долларов.", new ExtractionContext("ru", "other", null)),
            ("May they meet in 2025? The 14 applications were filed between 2019 and 2021.", new ExtractionContext("en", "other", null)),
            ("", new ExtractionContext("en", "other", null)),
        };
        // The corpus texts too when ../shared is there (sentences of our own otherwise).
        if (SharedFolder.Root is { } root && Directory.Exists(Path.Combine(root, "corpus")))
        {
            foreach (var gold in GoldCorpus.Load())
            {
                texts.Add((GoldCorpus.TextOf(gold), new ExtractionContext(gold.Language, "other", gold.DocumentDate)));
            }
        }

        foreach (var (text, context) in texts)
        {
            var whole = TextExtractor.Extract(text, context);
            var dates = TextExtractor.ExtractDates(text, context);
            var datesAndFigures = TextExtractor.ExtractDatesAndFigures(text, context);

            Assert.Equal(Json(whole.Dates), Json(dates.Dates));
            Assert.Empty(dates.Figures);
            Assert.Equal(Json(whole.Dates), Json(datesAndFigures.Dates));
            Assert.Equal(Json(whole.Figures), Json(datesAndFigures.Figures));
            Assert.Empty(datesAndFigures.References);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
