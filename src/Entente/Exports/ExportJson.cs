using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Exports;

/// <summary>How the export document is written: camelCase, indented, dates as ISO 8601, the same field names as the API.</summary>
public static class ExportJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static byte[] Serialize(ExportDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, s_options);
}
