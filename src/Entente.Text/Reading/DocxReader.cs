using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Entente.Text.Reading;

/// <summary>
/// Reads a Word document paragraph by paragraph, one line each, writing out the numbers Word
/// generates for numbered paragraphs ("1.", "a)") so the structure parser sees them.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public bool CanRead(string mediaType) => mediaType == MediaTypes.Docx;

    public ReadResult Read(ReadOnlyMemory<byte> bytes)
    {
        if (!ContentSniffer.IsWordPackage(bytes))
        {
            return ReadResult.Failed(MediaTypes.Docx, IngestionErrors.UnsupportedFormat,
                "The zip package holds no word/document.xml: it is not a Word document.");
        }

        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return ReadResult.Failed(MediaTypes.Docx, IngestionErrors.MalformedDocx, "The Word document has no body.");
        }

        var numbering = new NumberingRenderer(document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering);
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var line = ParagraphText(paragraph);
            var label = numbering.Next(paragraph.ParagraphProperties?.NumberingProperties);
            if (line.Length == 0)
            {
                continue;
            }

            if (label.Length > 0)
            {
                text.Append(label).Append(' ');
            }

            text.Append(line).Append('\n');
        }

        return new ReadResult { Text = text.ToString().TrimEnd('\n'), MediaType = MediaTypes.Docx };
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text run:
                    text.Append(run.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break:
                case CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>Counts numbered paragraphs per list and level the way Word displays them.</summary>
    private sealed class NumberingRenderer
    {
        private readonly Dictionary<int, int[]> _counters = [];
        private readonly Dictionary<int, int> _abstractByInstance = [];
        private readonly Dictionary<(int AbstractId, int Level), Level> _levels = [];

        // Looked up once, so that each paragraph's number costs the same however many lists the document defines.
        public NumberingRenderer(Numbering? numbering)
        {
            foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
            {
                if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } abstractId)
                {
                    _abstractByInstance.TryAdd(id, abstractId);
                }
            }

            foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
            {
                foreach (var level in abstractNum.Elements<Level>())
                {
                    if (abstractNum.AbstractNumberId?.Value is { } abstractId && level.LevelIndex?.Value is { } index)
                    {
                        _levels.TryAdd((abstractId, index), level);
                    }
                }
            }
        }

        public string Next(NumberingProperties? properties)
        {
            var numberId = properties?.NumberingId?.Val?.Value;
            if (numberId is null || !_abstractByInstance.TryGetValue(numberId.Value, out var abstractId))
            {
                return string.Empty;
            }

            var level = Math.Clamp(properties!.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
            if (!_levels.TryGetValue((abstractId, level), out var definition))
            {
                return string.Empty;
            }

            if (!_counters.TryGetValue(numberId.Value, out var counters))
            {
                counters = new int[9];
                _counters[numberId.Value] = counters;
            }

            counters[level]++;
            Array.Clear(counters, level + 1, counters.Length - level - 1);
            var format = definition.NumberingFormat?.Val?.Value;
            if (format == NumberFormatValues.Bullet)
            {
                return string.Empty;
            }

            var pattern = definition.LevelText?.Val?.Value ?? "%1.";
            var label = new StringBuilder(pattern);
            for (var i = 0; i <= level; i++)
            {
                label.Replace("%" + (i + 1).ToString(CultureInfo.InvariantCulture), Format(Math.Max(1, counters[i]), i == level ? format : NumberFormatValues.Decimal));
            }

            return label.ToString();
        }

        private static string Format(int value, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.LowerLetter)
            {
                return ((char)('a' + ((value - 1) % 26))).ToString();
            }

            if (format == NumberFormatValues.UpperLetter)
            {
                return ((char)('A' + ((value - 1) % 26))).ToString();
            }

            if (format == NumberFormatValues.LowerRoman)
            {
                return RomanNumerals.Format(value).ToLowerInvariant();
            }

            if (format == NumberFormatValues.UpperRoman)
            {
                return RomanNumerals.Format(value);
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
