namespace Entente.Text.Reading;

/// <summary>The media types Entente reads, as IANA names where one exists.</summary>
public static class MediaTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string AkomaNtoso = "application/akn+xml";

    /// <summary>A treaty of the ToTA corpus ("Texts of Trade Agreements").</summary>
    public const string Tota = "application/vnd.tota+xml";
    public const string Xml = "application/xml";
    public const string Unknown = "application/octet-stream";
}
