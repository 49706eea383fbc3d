using System.Xml;
using Entente.Text.AkomaNtoso;
using Entente.Text.Tota;

namespace Entente.Text.Reading;

/// <summary>Reads XML that is Akoma Ntoso or ToTA, deciding by the root element rather than the name it came with.</summary>
public sealed class XmlDocumentReader : IDocumentReader
{
    public bool CanRead(string mediaType) => mediaType is MediaTypes.Xml or MediaTypes.AkomaNtoso or MediaTypes.Tota;

    public ReadResult Read(ReadOnlyMemory<byte> bytes)
    {
        System.Xml.Linq.XDocument document;
        try
        {
            document = SafeXml.Load(bytes);
        }
        catch (XmlException exception)
        {
            return ReadResult.Failed(MediaTypes.Xml, IngestionErrors.MalformedXml, $"The XML is not well formed: {exception.Message}");
        }

        var root = document.Root!;
        if (root.Name.LocalName == "akomaNtoso")
        {
            return AkomaNtosoImporter.Import(document);
        }

        if (root.Name.LocalName == "treaty")
        {
            return TotaImporter.Import(document);
        }

        return ReadResult.Failed(MediaTypes.Xml, IngestionErrors.UnsupportedFormat,
            $"XML with root <{root.Name.LocalName}> is neither Akoma Ntoso nor ToTA.");
    }
}
