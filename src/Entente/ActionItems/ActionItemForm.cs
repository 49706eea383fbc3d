using System.Globalization;
using Entente.Agreements;
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

    /// <summary>Clauses as people write them: <c>6, 23</c> or <c>agreement-key#6</c>.</summary>
    public string? Clauses { get; set; }

    public string? DependsOn { get; set; }

    public long? Version { get; set; }

    /// <summary>The clauses the form's picker offers (not posted).</summary>
    [BindNever]
    public ClauseReferences? ClauseChoices { get; set; }

    public static ActionItemForm From(ActionItemView item, ClauseReferences clauses) => new()
    {
        Title = item.Title,
        Owner = item.Owner,
        DueOn = item.DueOn,
        Status = item.Status,
        PercentDone = item.PercentDone,
        Visibility = item.Visibility,
        Clauses = string.Join(", ", item.ClauseIds.Select(clauses.Short)),
        DependsOn = string.Join(", ", item.DependsOn),
        Version = item.Version,
    };

    /// <summary>
    /// The fields where <paramref name="yours"/> (the form as posted) differs from <paramref name="saved"/>, named by
    /// the form's labels (English keys of the page's texts), so a person whose save lost a race sees what they typed.
    /// </summary>
    public static IReadOnlyList<(string Field, string Yours, string Saved)> Differences(ActionItemForm yours, ActionItemForm saved)
    {
        static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        (string, string?, string?)[] fields =
        [
            ("Title", yours.Title, saved.Title),
            ("Owner (person or office)", yours.Owner, saved.Owner),
            ("Due on", Date(yours.DueOn), Date(saved.DueOn)),
            ("Status", Web.Format.Kind(yours.Status), Web.Format.Kind(saved.Status)),
            ("Percent done", yours.PercentDone.ToString(CultureInfo.InvariantCulture), saved.PercentDone.ToString(CultureInfo.InvariantCulture)),
            ("Clauses it serves", yours.Clauses, saved.Clauses),
            ("Depends on item ids (comma-separated)", yours.DependsOn, saved.DependsOn),
        ];
        return [.. fields.Where(f => (f.Item2 ?? string.Empty).Trim() != (f.Item3 ?? string.Empty).Trim()).Select(f => (f.Item1, f.Item2 ?? string.Empty, f.Item3 ?? string.Empty))];
    }

    /// <summary>The input for the rules; unparseable ids are reported on <paramref name="state"/>.</summary>
    public ActionItemInput ToInput(ActionItemView? current, ModelStateDictionary state) => new(
        Title, Owner, Visibility, current?.RoadmapId, current?.BodyId, DueOn, current?.CompletedOn, Status, PercentDone,
        Clauses is null ? null : [Clauses], Ids(DependsOn, "Form.DependsOn", state), null, current?.CommissionDecisionId, Version);

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
