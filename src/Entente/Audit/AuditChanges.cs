using System.Text.Json;
using Entente.Web;
using Microsoft.Extensions.Localization;

namespace Entente.Audit;

/// <summary>One field an audit entry changed, as a reader sees it: its label and its value before and after.</summary>
public sealed record FieldChange(string Label, string Before, string After);

/// <summary>
/// Turns an audit entry's before and after (the JSON the trail stores) into the fields that changed, labelled in the
/// reader's language: the API field names of <c>ValidationText</c>, else the property's words ("Due on").
/// </summary>
public static class AuditChanges
{
    /// <summary>Bookkeeping the reader does not need: the row's key and its concurrency version.</summary>
    private static readonly HashSet<string> s_hidden = new(StringComparer.Ordinal) { "Id", "Version" };

    /// <summary>Stored properties whose API field has another name.</summary>
    private static readonly Dictionary<string, string> s_apiNames = new(StringComparer.Ordinal)
    {
        ["OwnerPartyCode"] = "party",
        ["CounterpartPartyCode"] = "askedParty",
        ["ClauseIds"] = "clauses",
    };

    /// <summary>Properties holding a key with a name of its own in every language (a status, a kind).</summary>
    private static readonly HashSet<string> s_keys = new(StringComparer.Ordinal) { "Status", "Visibility", "Kind", "Classification" };

    public static IReadOnlyList<FieldChange> Of(string? before, string? after, IStringLocalizer labels)
    {
        var old = Read(before);
        var now = Read(after);
        var changes = new List<FieldChange>();
        foreach (var field in now.Keys.Concat(old.Keys).Distinct(StringComparer.Ordinal).Where(f => !s_hidden.Contains(f)))
        {
            var was = old.TryGetValue(field, out var o) ? Text(field, o) : "—";
            var becomes = now.TryGetValue(field, out var n) ? Text(field, n) : "—";
            if (!string.Equals(was, becomes, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(Label(field, labels), was, becomes));
            }
        }

        return changes;
    }

    private static Dictionary<string, JsonElement> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : [];
    }

    private static string Label(string property, IStringLocalizer labels)
    {
        var field = s_apiNames.GetValueOrDefault(property) ?? char.ToLowerInvariant(property[0]) + property[1..];
        var name = FieldErrors.FieldName(labels, field);
        return name != field ? name : Words(property);
    }

    /// <summary>"DueOn" → "Due on".</summary>
    private static string Words(string property) =>
        string.Concat(property.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private static string Text(string field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String when s_keys.Contains(field) => Format.Kind(value.GetString()!),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "—" : string.Join(", ", value.EnumerateArray().Select(v => Text(field, v))),
        JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number => value.GetRawText(),
        _ => value.GetRawText(),
    };
}
