using System.Xml;
using System.Xml.Linq;

namespace Entente.Text.Reading;

/// <summary>Loads XML with DTDs and external resources refused, so a document cannot reach outside itself.</summary>
internal static class SafeXml
{
    public static XDocument Load(ReadOnlyMemory<byte> bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.None);
    }
}
