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

            // A string that holds an enum's key lists the keys, as the API reads and writes them.
            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(KeyOfAttribute), inherit: false) is [KeyOfAttribute keyOf, ..])
            {
                schema.Enum = [.. keyOf.Keys.Select(k => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(k))];
            }

            return Task.CompletedTask;
        });
}

/// <summary>
/// Marks a string property that holds a key of <paramref name="enumType"/> ("in-progress"), so the OpenAPI document
/// lists the keys it may take (<see cref="OpenApiTypes.AddStringTypes"/>). The type may also be a static class whose
/// string constants are the keys (<c>NotificationKinds</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class KeyOfAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    /// <summary>The keys the property may take.</summary>
    public IReadOnlyList<string> Keys => EnumType.IsEnum
        ? Storage.KebabCase.KeysOf(EnumType)
        : [.. EnumType.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)];
}
