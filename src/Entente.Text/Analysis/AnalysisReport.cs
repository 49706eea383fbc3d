using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Text.Analysis;

/// <summary>The top-level object of the <c>entente.analysis/1</c> format: one analysis per document.</summary>
public sealed record AnalysisReport(IReadOnlyList<DocumentAnalysis> Documents)
{
    public const string SchemaId = "entente.analysis/1";

    [JsonPropertyOrder(-1)]
    public string Schema => SchemaId;

    /// <summary>The serializer settings the format is defined with: camelCase names, nulls kept, ISO dates.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
