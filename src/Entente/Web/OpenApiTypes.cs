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

            return Task.CompletedTask;
        });
}
