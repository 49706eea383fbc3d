using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Entente.Tests.Fuzz;

/// <summary>One request the fuzz test sends, with what it is meant to show when it fails.</summary>
public sealed record FuzzRequest(string Method, string Path, HttpContent? Content, string What, bool MustBeRefused);

/// <summary>
/// Malformed requests for one API operation read from the OpenAPI document: bad ids in the path, bad query strings,
/// broken or mistyped JSON, wrong content types. A write with a malformed body must be refused (4xx).
/// </summary>
public static class MalformedRequests
{
    public static readonly string Huge = new('Ж', 100_000);

    private static readonly string[] s_badIds = ["0", "-1", "2147483648", "99999999999999999999", "abc", "1.5", "%00", "%2e%2e", new string('9', 3000), "%F0%9F%99%82"];

    // The long value is longer than any field takes but fits the server's 8 KB request line (1,000 Cyrillic letters
    // escaped): a longer line is refused by the server before Entente reads it, and it may close the connection while
    // the client is still writing, which the client sees as a broken pipe rather than a status.
    private static readonly string[] s_badQueryValues = ["maybe", "%ZZ", "%00", Uri.EscapeDataString(new string('Ж', 1_000)), "-1e999", "[]"];

    /// <summary>Raw bodies that are not the JSON object an endpoint reads.</summary>
    private static readonly (string What, byte[] Bytes)[] s_brokenJson =
    [
        ("empty body", []),
        ("truncated object", "{\"a\":"u8.ToArray()),
        ("stray brace", "}"u8.ToArray()),
        ("null", "null"u8.ToArray()),
        ("number", "42"u8.ToArray()),
        ("string", "\"text\""u8.ToArray()),
        ("array", "[]"u8.ToArray()),
        ("trailing comma", "{\"a\":1,}"u8.ToArray()),
        ("nested 2,000 deep", Encoding.UTF8.GetBytes(new string('[', 2000) + new string(']', 2000))),
    ];

    public static IEnumerable<FuzzRequest> For(string method, string pathTemplate, JsonElement operation, JsonElement schemas, Func<string, string> validPathValue)
    {
        var pathParameters = Parameters(operation, "path").ToList();
        var queryParameters = Parameters(operation, "query").ToList();
        var validPath = Fill(pathTemplate, pathParameters.ToDictionary(p => p, validPathValue));
        var isWrite = method is not "GET";
        var schema = JsonBodySchema(operation, schemas);

        foreach (var parameter in pathParameters)
        {
            foreach (var bad in s_badIds)
            {
                var values = pathParameters.ToDictionary(p => p, p => p == parameter ? bad : validPathValue(p));
                yield return new(method, Fill(pathTemplate, values), schema is null ? Body(method, "x"u8.ToArray(), "text/plain") : Json("{}"), $"{parameter}={Shorten(bad)}", isWrite);
            }
        }

        foreach (var parameter in queryParameters)
        {
            // A write gets only values no parameter can take, beside an otherwise acceptable plain-text body.
            foreach (var bad in isWrite ? s_badQueryValues.Where(v => v is "%00" || v.Length > 1000) : s_badQueryValues)
            {
                yield return new(method, $"{validPath}?{parameter}={bad}", Body(method, "x"u8.ToArray(), "text/plain"), $"?{parameter}={Shorten(bad)}", isWrite);
            }

            yield return new(method, $"{validPath}?{parameter}=a.txt&{parameter}=b.txt", Body(method, "x"u8.ToArray(), "text/plain"), $"?{parameter} twice", isWrite);
        }

        if (schema is not { } body)
        {
            yield break;
        }

        foreach (var (what, bytes) in s_brokenJson)
        {
            yield return new(method, validPath, Body(method, bytes, "application/json"), what, true);
        }

        yield return new(method, validPath, Body(method, "{}"u8.ToArray(), "text/xml"), "XML content type", true);
        yield return new(method, validPath, Body(method, "{}"u8.ToArray(), null), "no content type", true);

        foreach (var property in Properties(body))
        {
            foreach (var (what, bytes) in BrokenText(property.Key, TypesOf(property.Value), property.Value))
            {
                yield return new(method, validPath, Body(method, bytes, "application/json"), $"{property.Key}: {what}", true);
            }

            foreach (var (what, value) in WrongValues(property.Value))
            {
                var json = new JsonObject { [property.Key] = value };
                yield return new(method, validPath, Json(json.ToJsonString()), $"{property.Key}: {what}", true);
            }
        }
    }

    public static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    /// <summary>Values no field of that schema type accepts.</summary>
    private static IEnumerable<(string What, JsonNode? Value)> WrongValues(JsonElement property)
    {
        var types = TypesOf(property);
        yield return ("an object", new JsonObject { ["x"] = 1 });
        yield return ("a number too large for any type", JsonNode.Parse("1e400"));
        if (!types.Contains("array"))
        {
            yield return ("an array", new JsonArray(1, 2));
        }

        if (!types.Contains("boolean"))
        {
            yield return ("true", JsonValue.Create(true));
        }

        if (types.Contains("array"))
        {
            yield return ("an array of objects", new JsonArray(new JsonObject(), new JsonObject()));
        }

        if (types.Contains("integer") || property.TryGetProperty("format", out _))
        {
            yield return ("a word", JsonValue.Create("not-a-value"));
            yield return ("a huge string", JsonValue.Create(Huge));
        }
    }

    /// <summary>Text no string field should take: a NUL, a lone surrogate, bytes that are not UTF-8.</summary>
    private static IEnumerable<(string What, byte[] Bytes)> BrokenText(string name, HashSet<string> types, JsonElement property)
    {
        var isText = types.Contains("string") && !types.Contains("integer") && !property.TryGetProperty("format", out _);
        var isTextList = types.Contains("array") && property.TryGetProperty("items", out var items) && TypesOf(items).SetEquals(["string"]);
        if (!isText && !isTextList)
        {
            yield break;
        }

        string Wrap(string literal) => isText ? $"{{\"{name}\":{literal}}}" : $"{{\"{name}\":[{literal}]}}";
        yield return ("a NUL character", Encoding.UTF8.GetBytes(Wrap("\"a\\u0000b\"")));
        yield return ("a control character", Encoding.UTF8.GetBytes(Wrap("\"bell\\u0007\"")));
        yield return ("a lone surrogate", Encoding.UTF8.GetBytes(Wrap("\"\\ud800\"")));
        var prefix = Encoding.UTF8.GetBytes(Wrap("\"\u0001\"")).TakeWhile(b => b != 1).ToArray();
        var suffix = Encoding.UTF8.GetBytes(Wrap("\"\u0001\"")).SkipWhile(b => b != 1).Skip(1).ToArray();
        yield return ("bytes that are not UTF-8", [.. prefix, 0xFF, 0xFE, 0xC3, .. suffix]);
    }

    private static HashSet<string> TypesOf(JsonElement property) =>
        property.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!]
            : [];

    private static IEnumerable<KeyValuePair<string, JsonElement>> Properties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value))
            : [];

    private static JsonElement? JsonBodySchema(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var requestBody)
            || !requestBody.GetProperty("content").TryGetProperty("application/json", out var json))
        {
            return null;
        }

        return Resolve(json.GetProperty("schema"), schemas);
    }

    // A body schema is a reference, an optional reference ({"anyOf": [{"$ref": …}, {"type": "null"}]}) or inline.
    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            return schemas.GetProperty(name[(name.LastIndexOf('/') + 1)..]);
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options)
                && options.EnumerateArray().FirstOrDefault(o => o.TryGetProperty("$ref", out _)) is { ValueKind: JsonValueKind.Object } referenced)
            {
                return Resolve(referenced, schemas);
            }
        }

        return schema;
    }

    private static IEnumerable<string> Parameters(JsonElement operation, string location) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == location).Select(p => p.GetProperty("name").GetString()!)
            : [];

    private static string Fill(string template, Dictionary<string, string> values) =>
        values.Aggregate(template, (path, value) => path.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));

    private static HttpContent? Body(string method, byte[] bytes, string? contentType)
    {
        if (method is "GET" or "DELETE")
        {
            return null;
        }

        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        return content;
    }

    private static string Shorten(string value) => value.Length > 40 ? $"{value[..20]}…({value.Length} chars)" : value;
}
