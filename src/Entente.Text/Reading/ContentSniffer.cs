using System.IO.Compression;
using System.Text;

namespace Entente.Text.Reading;

/// <summary>Decides a document's media type from its first bytes, then its file name, then the caller's hint.</summary>
public static class ContentSniffer
{
    private const int XmlProbeBytes = 4096;

    public static string Sniff(ReadOnlySpan<byte> bytes, string? fileName = null, string? mediaTypeHint = null)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return MediaTypes.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return MediaTypes.Docx;
        }

        var head = PeekText(bytes);
        var markup = SniffMarkup(head);
        if (markup is not null)
        {
            return markup;
        }

        var byName = FromFileName(fileName);
        if (byName is not null && byName != MediaTypes.Pdf && byName != MediaTypes.Docx)
        {
            return byName;
        }

        var hint = FromHint(mediaTypeHint);
        if (hint is not null && hint != MediaTypes.Pdf && hint != MediaTypes.Docx)
        {
            return hint;
        }

        return MediaTypes.PlainText;
    }

    /// <summary>True when a zip package holds a Word main document.</summary>
    internal static bool IsWordPackage(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string? SniffMarkup(string head)
    {
        var trimmed = head.AsSpan().TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '<')
        {
            return null;
        }

        if (head.Contains("<akomaNtoso", StringComparison.Ordinal))
        {
            return MediaTypes.AkomaNtoso;
        }

        if (head.Contains("<treaty", StringComparison.Ordinal) && head.Contains("<meta", StringComparison.Ordinal))
        {
            return MediaTypes.Tota;
        }

        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<body", StringComparison.OrdinalIgnoreCase))
        {
            return MediaTypes.Html;
        }

        if (trimmed.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return MediaTypes.Xml;
        }

        return null;
    }

    private static string PeekText(ReadOnlySpan<byte> bytes)
    {
        var probe = bytes[..Math.Min(bytes.Length, XmlProbeBytes)];
        if (probe.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(probe[2..]);
        }

        if (probe.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(probe[2..]);
        }

        if (probe.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            probe = probe[3..];
        }

        return Encoding.Latin1.GetString(probe);
    }

    private static string? FromFileName(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return null;
        }

        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".TXT" or ".TEXT" => MediaTypes.PlainText,
            ".HTM" or ".HTML" or ".XHTML" => MediaTypes.Html,
            ".PDF" => MediaTypes.Pdf,
            ".DOCX" => MediaTypes.Docx,
            ".AKN" => MediaTypes.AkomaNtoso,
            ".XML" => MediaTypes.Xml,
            _ => null,
        };
    }

    private static string? FromHint(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var semicolon = hint.IndexOf(';', StringComparison.Ordinal);
        var bare = (semicolon >= 0 ? hint[..semicolon] : hint).Trim().ToLowerInvariant();
        return bare switch
        {
            "text/plain" => MediaTypes.PlainText,
            "text/html" or "application/xhtml+xml" => MediaTypes.Html,
            "application/pdf" => MediaTypes.Pdf,
            MediaTypes.Docx => MediaTypes.Docx,
            MediaTypes.AkomaNtoso => MediaTypes.AkomaNtoso,
            MediaTypes.Tota => MediaTypes.Tota,
            "application/xml" or "text/xml" => MediaTypes.Xml,
            _ => null,
        };
    }
}
