using System.Text.Json;
using Entente.Text.Analysis;

namespace Entente.Text.Tests;

/// <summary>Keeps docs/analysis.schema.json in step with what the contract records serialise to.</summary>
public class AnalysisFormatTests
{
    [Fact]
    public void TheSchemaNamesExactlyThePropertiesTheRecordsWrite()
    {
        var schemaPath = FindRepositoryFile(Path.Combine("docs", "analysis.schema.json"));
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        using var sample = JsonDocument.Parse(new AnalysisReport([FullyPopulated()]).ToJson());

        var inSchema = new SortedSet<string>(StringComparer.Ordinal);
        CollectSchemaProperties(schema.RootElement, inSchema);
        var written = new SortedSet<string>(StringComparer.Ordinal);
        CollectWrittenProperties(sample.RootElement, written);

        Assert.Equal(inSchema, written);
    }

    [Fact]
    public void SpansAreWrittenAsTwoNumberArraysAndDatesAsIsoDays()
    {
        var json = new AnalysisReport([FullyPopulated()]).ToJson();

        Assert.Contains("\"schema\": \"entente.analysis/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"signedOn\": \"2022-02-22\"", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var span = document.RootElement.GetProperty("documents")[0].GetProperty("structure").GetProperty("clauses")[0].GetProperty("span");
        Assert.Equal([3, 9], span.EnumerateArray().Select(value => value.GetInt32()));
    }

    private static DocumentAnalysis FullyPopulated()
    {
        var span = new TextSpan(3, 9);
        var cue = new Cue("trade-economy", "trade", span);
        var period = new Period(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
        return new DocumentAnalysis
        {
            Source = "sample",
            Sha256 = new string('0', 64),
            Title = "t",
            Date = new DateOnly(2022, 2, 22),
            Place = "Moscow",
            Parties = ["RU"],
            SignedOn = new DateOnly(2022, 2, 22),
            SigningPlace = "Moscow",
            Signatories = [new Signatory("n", "r", "RU", span)],
            Structure = new DocumentStructure
            {
                Preamble = [new TextPassage("p", span)],
                OperativeFormula = new TextPassage("f", span),
                Clauses = [new Clause { Number = "1", Text = "c", Span = span, SphereCues = [cue], ModalityCue = cue, Items = [new ClauseItem("(a)", "i", span)] }],
                Sections = [new Section("Chapter", "1", "h", span)],
                Closing = new TextPassage("c", span),
            },
            Speakers = [new Speaker("n", "r", [span]) { Party = "RU" }],
            Dates = [new DateMention("d", span) { Value = new DateOnly(2022, 2, 22) }],
            Figures = [new Figure("f", span) { Kind = "money", Value = 1, Unit = "USD" }],
            References = [new AgreementReference("r", span) { Kind = "treaty" }],
            Entities = [new EntityMention("e", span) { Type = "state" }],
            Claims = [new Claim(span) { Indicator = "trade-turnover", Period = period, Value = 1, Unit = "USD", Change = new Change(16, "percent") { Since = period } }],
            ClauseLinks = [new ClauseLink(new AgreementRef(1, "a"), "5", span) { Evidence = "explicit", Score = 1 }],
            Error = new IngestionError("empty-document", "m"),
            MediaType = "text/plain",
            ContentEnd = 9,
        };
    }

    private static void CollectSchemaProperties(JsonElement element, SortedSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "properties")
                {
                    foreach (var name in property.Value.EnumerateObject())
                    {
                        names.Add(name.Name);
                    }
                }

                CollectSchemaProperties(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectSchemaProperties(item, names);
            }
        }
    }

    private static void CollectWrittenProperties(JsonElement element, SortedSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                names.Add(property.Name);
                CollectWrittenProperties(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectWrittenProperties(item, names);
            }
        }
    }

    private static string FindRepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} is not above {AppContext.BaseDirectory}");
    }
}
