using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Tests.Support;

namespace Entente.Text.Tests.Extraction;

/// <summary>Random, mutated and hostile input: nothing escapes, every span points at the text it reports, time stays linear.</summary>
public class RobustnessTests
{
    private static readonly string[] s_fragments =
    [
        "3 July 1997", "February 22, 2022", "US$3.4 billion", "27.4%", "340 schools", "over", "the Treaty of", "between", "Russia",
        "Азербайджан", "22 февраля 2022 г.", "3,4 млрд долларов", "9/10", "–", "-", "May", "may consider", "President", "Ilham Aliyev",
        "“", "”", ",", ".", "\n", " ", "1.", "2024-2026", "the nine months of", "2019", "three and a half", "полтора", "₼", "$", "%",
        "signed on", "dated", "Declaration", "statements of", "and", "of them", "not", "Q1", "early", "late", "Convention on the",
        "ООН", "UN", "Azərbaycan", "iyul", "-ci il", "the Parties will", "refrain", "'s", "’s", "\u00A0", "000", "9", "99999999999999999999",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomTextNeverThrowsAndEverySpanCoversItsText(int seed)
    {
        var random = new Random(seed);
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 300)).Select(_ => s_fragments[random.Next(s_fragments.Length)] + (random.Next(3) == 0 ? " " : "")));
        AssertWellFormed(text, new DateOnly(2022, 2, 22));
        AssertWellFormed(text, null);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MutatedCorpusTextNeverThrowsAndEverySpanCoversItsText(int seed)
    {
        var files = Directory.GetFiles(Support.SharedFolder.Corpus, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var chars = File.ReadAllText(files[seed % files.Length]).ToCharArray().ToList();
        for (var n = 0; n < 200; n++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, (char)random.Next(32, 0x500));
                    break;
                case 2:
                    chars[at] = "0123456789.,-/$%\n "[random.Next(18)];
                    break;
                default:
                    chars.Insert(at, (char)random.Next(0xD800, 0xE000));
                    break;
            }
        }

        AssertWellFormed(new string([.. chars]), new DateOnly(2020, 1, 1));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1,")]
    [InlineData("the ")]
    [InlineData("Declaration on ")]
    [InlineData("President ")]
    [InlineData("- ")]
    [InlineData("US$")]
    [InlineData("9/")]
    [InlineData("“")]
    [InlineData("a")]
    [InlineData("trade in 2019 rose by 5% to $5 billion ")]
    [InlineData("The Declaration was signed on 3 July 1997, the above statements ")]
    [InlineData("Treaty of 2019 between Russia and Georgia, ")]
    [InlineData("President Vladimir Putin met Ilham Aliyev. ")]
    [InlineData("the Agreement on Transit, ")]
    [InlineData("Russian, Azerbaijani and Armenian leaders signed the Protocol on Trade of 3 May 2019 [between Georgian and Turkish leaders], ")]
    public void PathologicalRepetitionTakesLinearWork(string unit) =>
        LinearWork.Assert(
            size => string.Concat(Enumerable.Repeat(unit, size)),
            text =>
            {
                TextExtractor.Extract(text, new ExtractionContext("en", "news", new DateOnly(2022, 1, 1)));
                ClauseClassifier.Classify(text, "en");
            });

    [Fact]
    public void EmptyAndWhiteSpaceTextsGiveNothing()
    {
        Assert.Empty(TextExtractor.Extract("", new ExtractionContext("en", "news", null)).Dates);
        Assert.Empty(TextExtractor.Extract(" \n\t ", new ExtractionContext("en", "news", null)).Figures);
        Assert.Null(ClauseClassifier.Classify("   ", "en").Modality);
    }

    private static void AssertWellFormed(string text, DateOnly? date)
    {
        var result = TextExtractor.Extract(text, new ExtractionContext("en", "news", date));
        var spans = result.Dates.Select(d => (d.Span, d.Text))
            .Concat(result.Figures.Select(f => (f.Span, f.Text)))
            .Concat(result.References.Select(r => (r.Span, r.Text)))
            .Concat(result.Entities.Select(e => (e.Span, e.Text)))
            .Concat(result.Claims.Select(c => (c.Span, c.Text ?? c.Span.Of(text))));
        foreach (var (span, mention) in spans)
        {
            Assert.InRange(span.End, span.Start, text.Length);
            Assert.Equal(mention, span.Of(text));
        }

        var classification = ClauseClassifier.Classify(text, "en");
        foreach (var cue in classification.SphereCues.Append(classification.ModalityCue).OfType<Cue>())
        {
            Assert.Equal(cue.Text, cue.Span.Of(text));
        }
    }
}
