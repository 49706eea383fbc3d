using System.Text.Json.Nodes;
using Entente.Documents;

namespace Entente.Tests;

/// <summary>
/// The stored analysis keeps a quoted text as where it stands in the document, and reading it back gives the same
/// analysis; a text that is not the document's words is kept whole.
/// </summary>
public class StoredAnalysisTests
{
    private const string Text = "ARTICLE 1\nObjectives\nThe Parties shall cooperate in trade.\nARTICLE 2\nThe Parties shall meet «every year».";

    private static readonly string s_analysis = new JsonObject
    {
        ["schema"] = "entente.analysis/1",
        ["documents"] = new JsonArray(new JsonObject
        {
            ["structure"] = new JsonObject
            {
                ["clauses"] = new JsonArray(
                    // The clause's words stand inside its span, after the heading.
                    new JsonObject { ["number"] = "1", ["text"] = "The Parties shall cooperate in trade.", ["span"] = new JsonArray(0, 58) },
                    new JsonObject { ["number"] = "2", ["text"] = "The Parties shall meet «every year».", ["span"] = new JsonArray(59, Text.Length) },

                    // Normalised words are not the document's: kept as they are.
                    new JsonObject { ["number"] = "3", ["text"] = "the parties shall meet", ["span"] = new JsonArray(69, 91) }),
            },
            ["figures"] = new JsonArray(new JsonObject { ["value"] = 4e9, ["span"] = new JsonArray(1, 2) }),
        }),
    }.ToJsonString();

    [Fact]
    public void QuotedWordsAreKeptAsWhereTheyStandAndComeBackOnReading()
    {
        var stored = StoredAnalysis.Compact(s_analysis, Text);

        Assert.DoesNotContain("cooperate in trade", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("every year", stored, StringComparison.Ordinal);
        Assert.Contains("the parties shall meet", stored, StringComparison.Ordinal);
        var clause = JsonNode.Parse(stored)!["documents"]![0]!["structure"]!["clauses"]![0]!;
        Assert.Equal("[21,58]", clause["textAt"]!.ToJsonString());
        Assert.Equal("[0,58]", clause["span"]!.ToJsonString());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(s_analysis), JsonNode.Parse(StoredAnalysis.Expand(stored, Text))));
    }

    [Fact]
    public void AnAnalysisStoredWholeOrWithoutATextReadsAsItIs()
    {
        Assert.Equal(s_analysis, StoredAnalysis.Expand(s_analysis, Text));
        Assert.Equal(s_analysis, StoredAnalysis.Compact(s_analysis, null));
    }
}
