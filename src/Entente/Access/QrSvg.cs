using System.Globalization;
using System.Text;
using QRCoder;

namespace Entente.Access;

/// <summary>
/// A QR code as inline SVG markup: one path of unit squares, no style attribute and no script, so it passes the
/// pages' Content-Security-Policy. QRCoder computes the modules; the drawing is ours.
/// </summary>
public static class QrSvg
{
    /// <summary>The SVG of <paramref name="text"/>, labelled <paramref name="label"/> for screen readers.</summary>
    public static string Of(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var encodedLabel = System.Net.WebUtility.HtmlEncode(label);
        return $"<svg class=\"qr\" viewBox=\"0 0 {size} {size}\" width=\"{size * 5}\" height=\"{size * 5}\" role=\"img\" aria-label=\"{encodedLabel}\" xmlns=\"http://www.w3.org/2000/svg\">" +
               $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }
}
