using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Web;

/// <summary>
/// Reads JSON strings refusing control characters other than tab, line feed and carriage return, and lone surrogates. PostgreSQL cannot
/// store a NUL in text at all, and no field of Entente has a use for the others; the refusal names the field.
/// </summary>
public sealed class StrictStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected a string.");
        }

        var value = reader.GetString()!;
        return StrictText.HasUnstorableCharacters(value)
            ? throw new JsonException("The text holds control characters (such as NUL) or half of a surrogate pair, which Entente does not store.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>
/// The one rule for text from outside: no C0 control characters but tab, line feed and carriage return, and no
/// half of a surrogate pair (a JSON escape like \ud800 alone, which is not a character and cannot be stored as UTF-8).
/// </summary>
public static class StrictText
{
    public static bool HasUnstorableCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
