using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in the original decoded text.</summary>
[JsonConverter(typeof(TextSpanJsonConverter))]
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"A span needs 0 <= start <= end, got [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}

/// <summary>Writes a span as the two-element JSON array <c>[start, end]</c> the analysis format specifies.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A span is a JSON array [start, end].");
        }

        reader.Read();
        var start = reader.GetInt32();
        reader.Read();
        var end = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A span has exactly two numbers.");
        }

        return new TextSpan(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}
