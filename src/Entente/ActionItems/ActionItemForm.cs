using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Entente.ActionItems;

/// <summary>The action item form of the pages: text fields as typed, turned into an <see cref="ActionItemInput"/>.</summary>
public sealed class ActionItemForm
{
    public string? Title { get; set; }

    public string? Owner { get; set; }

    public DateOnly? DueOn { get; set; }

    public string Status { get; set; } = "planned";

    public int PercentDone { get; set; }

    public string Visibility { get; set; } = "party";

    public string? ClauseIds { get; set; }

    public string? DependsOn { get; set; }

    public long? Version { get; set; }

    public static ActionItemForm From(ActionItemView item) => new()
    {
        Title = item.Title,
        Owner = item.Owner,
        DueOn = item.DueOn,
        Status = item.Status,
        PercentDone = item.PercentDone,
        Visibility = item.Visibility,
        ClauseIds = string.Join(", ", item.ClauseIds),
        DependsOn = string.Join(", ", item.DependsOn),
        Version = item.Version,
    };

    /// <summary>The input for the rules; unparseable ids are reported on <paramref name="state"/>.</summary>
    public ActionItemInput ToInput(ActionItemView? current, ModelStateDictionary state) => new(
        Title, Owner, Visibility, current?.RoadmapId, current?.BodyId, DueOn, current?.CompletedOn, Status, PercentDone,
        Ids(ClauseIds, "Form.ClauseIds", state), Ids(DependsOn, "Form.DependsOn", state), null, current?.CommissionDecisionId, Version);

    /// <summary>Copies rule errors to the form's fields.</summary>
    public static void AddErrors(Web.FieldErrors errors, ModelStateDictionary state, HttpContext context) =>
        Web.PageErrors.AddFieldErrors(state, errors, context, field => "Form." + Web.PageErrors.Property(field));

    private static List<int> Ids(string? text, string field, ModelStateDictionary state)
    {
        var ids = new List<int>();
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
            else
            {
                state.AddModelError(field, $"'{part}' is not a number.");
            }
        }

        return ids;
    }
}
