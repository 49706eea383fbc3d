using System.Text.Json;

namespace Entente.Storage;

/// <summary>Converts enum members to the kebab-case keys used in JSON, URLs and the database ("JointStatement" ↔ "joint-statement").</summary>
public static class KebabCase
{
    public static string ToKey<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    public static TEnum Parse<TEnum>(string key)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(key, out var value)
            ? value
            : throw new FormatException($"'{key}' is not one of: {string.Join(", ", Names<TEnum>.ByKey.Keys)}.");

    public static bool TryParse<TEnum>(string? key, out TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByKey.TryGetValue(key ?? string.Empty, out value);

    public static IReadOnlyCollection<string> KeysOf<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.ByKey.Keys;

    /// <summary>The keys of an enum known only at run time (the OpenAPI document's lists).</summary>
    public static IReadOnlyList<string> KeysOf(Type enumType) => [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly Dictionary<string, TEnum> ByKey =
            ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
