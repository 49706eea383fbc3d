using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Entente.Text.AkomaNtoso;

/// <summary>
/// Validates Akoma Ntoso XML against the OASIS schema. The schema imports the W3C xml.xsd, which is
/// not shipped beside it, so a resolver serves a small schema declaring xml:lang, xml:space, xml:base and xml:id.
/// </summary>
public sealed class AkomaNtosoValidator
{
    private readonly XmlSchemaSet _schemas;

    /// <summary>Loads the schema at <paramref name="schemaPath"/> (akomantoso30.xsd).</summary>
    public AkomaNtosoValidator(string schemaPath)
    {
        ArgumentNullException.ThrowIfNull(schemaPath);
        _schemas = new XmlSchemaSet { XmlResolver = new XmlNamespaceSchemaResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(schemaPath, settings);
        _schemas.Add(AkomaNtosoNames.Namespace.NamespaceName, reader);
        _schemas.Compile();
    }

    /// <summary>Every validation error, with line and position; empty when the document is valid.</summary>
    public IReadOnlyList<string> Validate(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        var xml = document.ToString(SaveOptions.DisableFormatting);
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = _schemas,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) =>
            errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>Serves the W3C xml: attribute schema from memory; refuses every other external resource.</summary>
    private sealed class XmlNamespaceSchemaResolver : XmlResolver
    {
        private const string XmlNamespaceSchema = """
            <?xml version="1.0" encoding="utf-8"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace" xml:lang="en">
              <xs:attribute name="lang">
                <xs:simpleType>
                  <xs:union memberTypes="xs:language">
                    <xs:simpleType>
                      <xs:restriction base="xs:string">
                        <xs:enumeration value=""/>
                      </xs:restriction>
                    </xs:simpleType>
                  </xs:union>
                </xs:simpleType>
              </xs:attribute>
              <xs:attribute name="space">
                <xs:simpleType>
                  <xs:restriction base="xs:NCName">
                    <xs:enumeration value="default"/>
                    <xs:enumeration value="preserve"/>
                  </xs:restriction>
                </xs:simpleType>
              </xs:attribute>
              <xs:attribute name="base" type="xs:anyURI"/>
              <xs:attribute name="id" type="xs:ID"/>
              <xs:attributeGroup name="specialAttrs">
                <xs:attribute ref="xml:base"/>
                <xs:attribute ref="xml:lang"/>
                <xs:attribute ref="xml:space"/>
                <xs:attribute ref="xml:id"/>
              </xs:attributeGroup>
            </xs:schema>
            """;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            if (absoluteUri.AbsoluteUri.EndsWith("xml.xsd", StringComparison.OrdinalIgnoreCase))
            {
                return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(XmlNamespaceSchema));
            }

            throw new XmlException($"Entente resolves no external resource but xml.xsd; refused {absoluteUri}.");
        }
    }
}
