using System.Text;
using Entente.Text.Pipeline;
using Entente.Text.Structure;
using Entente.Text.Tests.Support;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Entente.Text.Tests.Fuzzing;

/// <summary>
/// Property tests over random, mutated and pathological inputs: nothing but a documented ingestion
/// error ever comes out, spans stay inside the original, and time grows linearly with the input.
/// </summary>
public class FuzzTests
{
    private static readonly string[] s_fragments =
    [
        "1. ", "2) ", "(a) ", "а) ", "Article 1\n", "ARTICLE 2.1\n", "Статья 3\n", "Maddə 4\n", "CHAPTER I\n", "\n", "\r\n", ":", "((((",
        "have agreed as follows:\n", "Declare the following:\n", "Done at Moscow on 1 May 2020.\n", "President of Russia Vladimir Putin: ",
        "-\n", "—", "«", "e\u0301", "\uFEFF", "\0", "<", "%PDF-", "PK\u0003\u0004", "<?xml version=\"1.0\"?><treaty>", "Having regard,\n",
    ];

    [Theory]
    [MemberData(nameof(Seeds), 60)]
    public void RandomBytesGiveAnAnalysisOrADocumentedError(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[random.Next(0, 4096)];
        random.NextBytes(bytes);

        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(bytes, $"random-{seed}"));
    }

    [Theory]
    [MemberData(nameof(Seeds), 60)]
    public void RandomTextBuiltFromStructuralFragmentsIsAnalysedSafely(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = random.Next(0, 400); i > 0; i--)
        {
            text.Append(random.Next(3) == 0 ? ((char)random.Next(0x20, 0x500)).ToString() : s_fragments[random.Next(s_fragments.Length)]);
        }

        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(text.ToString()), $"fragments-{seed}.txt"));
    }

    [Theory]
    [MemberData(nameof(Seeds), 25)]
    public void MutatedCorpusDocumentsAreAnalysedSafely(int seed)
    {
        var files = Directory.GetFiles(SharedFolder.Corpus, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var file = files[seed % files.Length];

        var bytes = Mutate(File.ReadAllBytes(file), random);

        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(bytes, file));
    }

    [Theory]
    [MemberData(nameof(Seeds), 15)]
    public void MutatedTotaTreatiesAreAnalysedSafely(int seed)
    {
        var files = Directory.GetFiles(SharedFolder.Tota, "*.xml").Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var file = files[random.Next(files.Length)];

        var bytes = Mutate(File.ReadAllBytes(file), random);

        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(bytes, file));
    }

    [Theory]
    [MemberData(nameof(Seeds), 20)]
    public void MutatedPdfAndWordFilesGiveAnAnalysisOrADocumentedError(int seed)
    {
        var random = new Random(seed);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Article 1 The Parties cooperate.", 12, new UglyToad.PdfPig.Core.PdfPoint(40, 700), font);
        var pdf = builder.Build();
        for (var i = 0; i < 8; i++)
        {
            pdf[random.Next(8, pdf.Length)] = (byte)random.Next(256);
        }

        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(pdf, "fuzz.pdf"));

        var zip = new byte[random.Next(30, 600)];
        random.NextBytes(zip);
        "PK\u0003\u0004"u8.CopyTo(zip);
        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(zip, "fuzz.docx"));
    }

    [Theory]
    [InlineData("1. ", 100_000)]
    [InlineData("1.\n", 100_000)]
    [InlineData("((((", 50_000)]
    [InlineData("Article Article ", 20_000)]
    [InlineData("Article 1\n", 50_000)]
    [InlineData("(a) ", 50_000)]
    [InlineData("a-\n", 50_000)]
    [InlineData("x: ", 50_000)]
    [InlineData("e\u0301\u0301\u0301", 50_000)]
    [InlineData("<div>", 5_000)]
    public void PathologicalInputsAreAnalysedSafely(string unit, int repeats)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeats));

        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(text), "pathological"));
    }

    [Theory]
    [InlineData("1. The Parties cooperate.\n")]
    [InlineData("Article 1\nHeading\n(a) item;\n")]
    [InlineData("((((")]
    [InlineData("1.\n")]
    [InlineData("President of Russia Vladimir Putin: word\n")]
    [InlineData("Recognizing the value,\n")]
    public void StructureParsingWorkGrowsLinearly(string unit) =>
        LinearWork.Assert(size => string.Concat(Enumerable.Repeat(unit, size)), text => StructureParser.Parse(text, text.Length));

    [Fact]
    public void DeeplyNestedHtmlAndXmlAreReadWithoutOverflowingTheStack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Treaty text" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var akn = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><doc name=\"other\"><mainBody>" +
            string.Concat(Enumerable.Repeat("<container>", 20_000)) + "<p>Text</p>" + string.Concat(Enumerable.Repeat("</container>", 20_000)) +
            "</mainBody></doc></akomaNtoso>";

        var deepHtml = DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes("<html><body>" + html + "</body></html>"), "deep.html");
        AnalysisInvariants.Check(deepHtml);
        Assert.Equal("Treaty text", deepHtml.Original);
        AnalysisInvariants.Check(DocumentPipeline.Default.Analyse(Encoding.UTF8.GetBytes(akn), "deep.xml"));
    }

    [Theory]
    [InlineData("Speaker{0} Name: words\n")]
    [InlineData("Name{0} Same: words\n")]
    [InlineData("President of the Russian Federation Ivan{0} Ivanov and\n")]
    [InlineData("{0}. The Parties cooperate.\n")]
    [InlineData("Recognizing {0},\n")]
    public void TheWholePipelineTakesLinearWorkOnDistinctRepeatedLines(string pattern)
    {
        LinearWork.Assert(
            count => string.Concat(Enumerable.Range(1, count).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Letters(i)))),
            text => DocumentPipeline.Default.AnalyseText(text, "repeated lines"),
            smallSize: 2_000);
    }

    // Distinct capitalised-free suffixes ("aab") so each line names a different person.
    private static string Letters(int value)
    {
        var text = new StringBuilder();
        for (; value > 0; value /= 26)
        {
            text.Insert(0, (char)('a' + (value % 26)));
        }

        return text.ToString();
    }

    public static TheoryData<int> Seeds(int count) => [.. Enumerable.Range(1, count)];

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var list = new List<byte>(bytes);
        for (var n = random.Next(1, 20); n > 0 && list.Count > 0; n--)
        {
            var at = random.Next(list.Count);
            switch (random.Next(5))
            {
                case 0:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1:
                    list.RemoveRange(at, Math.Min(list.Count - at, random.Next(1, 500)));
                    break;
                case 2:
                    list.InsertRange(at, Encoding.UTF8.GetBytes(s_fragments[random.Next(s_fragments.Length)]));
                    break;
                case 3:
                    var length = Math.Min(list.Count - at, random.Next(1, 2000));
                    list.InsertRange(random.Next(list.Count), list.GetRange(at, length));
                    break;
                default:
                    list.Insert(at, (byte)random.Next(0x80, 0x100));
                    break;
            }
        }

        return [.. list];
    }
}
