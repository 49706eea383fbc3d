using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Entente.Web;

/// <summary>
/// Gives every string its type in the OpenAPI document. The API reads strings through <see cref="StrictStringConverter"/>,
/// and the document generator leaves a type with a custom converter untyped (<c>{}</c>), so generated clients got
/// <c>object</c> for every text field; the converter reads and writes plain JSON strings, which this says.
/// </summary>
public static class OpenApiTypes
{
    public static OpenApiOptions AddStringTypes(this OpenApiOptions options) =>
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (schema.Type is null && context.JsonTypeInfo.Type == typeof(string))
            {
                schema.Type = JsonSchemaType.String;
            }

            // A list of strings read through the same converter had no item type either (clients got a list of objects).
            if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array) && schema.Items is null
                && context.JsonTypeInfo.ElementType == typeof(string))
            {
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
            }

            // A string that holds a key of a closed set lists the keys, as the API reads and writes them.
            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(KeyOfAttribute), inherit: false) is [KeyOfAttribute keyOf, ..])
            {
                List<System.Text.Json.Nodes.JsonNode> keys = [.. keyOf.Keys.Select(k => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(k))];
                if (schema.Type is { } listType && listType.HasFlag(JsonSchemaType.Array))
                {
                    // A list of keys: each item is one of them.
                    schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = keys };
                }
                else
                {
                    schema.Enum = keys;
                }
            }

            return Task.CompletedTask;
        });
}

/// <summary>
/// Marks a string property that holds a key of a closed set, so the OpenAPI document lists the keys it may take
/// (<see cref="OpenApiTypes.AddStringTypes"/>). A set is an enum, whose members are written as kebab-case keys
/// ("in-progress"), or a class of string constants (<c>Modalities</c>), whose constants are the keys; a property that
/// takes the keys of several sets names each.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KeyOfAttribute(params Type[] sets) : Attribute
{
    public IReadOnlyList<Type> Sets { get; } = sets;

    public IReadOnlyList<string> Keys => [.. Sets.SelectMany(KeysOf)];

    private static IEnumerable<string> KeysOf(Type set) => set.IsEnum
        ? Storage.KebabCase.KeysOf(set)
        : set.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}
