using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Entente.Documents;

/// <summary>
/// A document's analysis as it is stored: every part the analysis quotes word for word from the document's text
/// (a clause, a sentence, a preamble line: a <c>"text"</c> found inside its <c>"span"</c>) keeps only where the words
/// are, written <c>"textAt": [start, end]</c>; reading it back puts the words in again from the stored text. A ToTA treaty's
/// analysis repeated the whole treaty this way. A quoted text that differs from the document at its span (normalised,
/// cut) is kept as it is, so nothing is lost; an analysis stored before this form reads as it was.
/// </summary>
public static class StoredAnalysis
{
    private const string TextProperty = "text";
    private const string SpanProperty = "span";
    private const string TextAtProperty = "textAt";

    private static readonly JsonWriterOptions s_writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The analysis JSON without the words that <paramref name="text"/> holds at their spans.</summary>
    public static string Compact(string analysisJson, string? text) =>
        text is null ? analysisJson : Rewrite(analysisJson, (element, writer) => WriteCompact(element, writer, text));

    /// <summary>The analysis JSON with every span-only part given its words again from <paramref name="text"/>.</summary>
    public static string Expand(string storedJson, string? text) =>
        text is null || !storedJson.Contains(TextAtProperty, StringComparison.Ordinal)
            ? storedJson
            : Rewrite(storedJson, (element, writer) => WriteExpanded(element, writer, text));

    private static string Rewrite(string json, Action<JsonElement, Utf8JsonWriter> write)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(buffer, s_writer))
        {
            write(document.RootElement, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCompact(JsonElement element, Utf8JsonWriter writer, string text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when QuotedAt(element, text) is { } at:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(TextProperty))
                    {
                        writer.WritePropertyName(TextAtProperty);
                        WriteSpan(writer, at);
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    WriteCompact(property.Value, writer, text);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteCompact(property.Value, writer, text);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCompact(item, writer, text);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static void WriteExpanded(JsonElement element, Utf8JsonWriter writer, string text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(TextAtProperty) && Span(property.Value) is { } at && Fits(at, text))
                    {
                        writer.WriteString(TextProperty, text.AsSpan(at.Start, at.End - at.Start));
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    WriteExpanded(property.Value, writer, text);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteExpanded(item, writer, text);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>Where an object's "text" stands word for word in the document, within its "span"; otherwise null.</summary>
    private static (int Start, int End)? QuotedAt(JsonElement element, string text)
    {
        if (!element.TryGetProperty(TextProperty, out var quoted) || quoted.ValueKind != JsonValueKind.String
            || !element.TryGetProperty(SpanProperty, out var spanElement) || Span(spanElement) is not { } span
            || !Fits(span, text) || element.TryGetProperty(TextAtProperty, out _))
        {
            return null;
        }

        var words = quoted.GetString()!;
        var offset = text.AsSpan(span.Start, span.End - span.Start).IndexOf(words, StringComparison.Ordinal);
        return offset < 0 ? null : (span.Start + offset, span.Start + offset + words.Length);
    }

    private static (int Start, int End)? Span(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 2
        && element[0].TryGetInt32(out var start) && element[1].TryGetInt32(out var end)
            ? (start, end)
            : null;

    private static bool Fits((int Start, int End) span, string text) => span.Start >= 0 && span.Start <= span.End && span.End <= text.Length;

    private static void WriteSpan(Utf8JsonWriter writer, (int Start, int End) span)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }
}
