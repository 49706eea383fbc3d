using System.Security.Cryptography;
using System.Text;

namespace Entente.Notifications;

/// <summary>
/// The signature a receiver checks: <c>X-Entente-Signature: sha256=HEX</c>, the HMAC-SHA256 of the exact body bytes
/// under the webhook's shared secret.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Entente-Signature";

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Whether <paramref name="signature"/> is the body's, compared in constant time.</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, secret)), Encoding.ASCII.GetBytes(signature));
}
