using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Entente.Intelligence.Profiles;

/// <summary>
/// A clause's commitment profile: anyone reads its cues per language; an administrator edits them, one cue a line
/// (<c>~</c> before a cue marks it weak), guarded against concurrent edits like every versioned record.
/// </summary>
[AllowAnonymous]
public sealed class ProfileModel(EntenteDb db, IStringLocalizer<IntelligenceText> text, ProfileRelinkService relinking) : PageModel
{
    public int AgreementId { get; private set; }

    public string Number { get; private set; } = "";

    public string AgreementTitle { get; private set; } = "";

    /// <summary>The stored profile (empty lists when the clause has none yet).</summary>
    public ClauseProfile Saved { get; private set; } = null!;

    public bool CanEdit => db.Viewer.HasRole(UserRole.Administrator);

    public string? Done { get; private set; }

    public string? Conflict { get; private set; }

    /// <summary>After a concurrent edit: the lists the administrator had typed, as typed, which the form no longer holds.</summary>
    public IReadOnlyList<(string Field, string Typed)> Unsaved { get; private set; } = [];

    /// <summary>Each list as the form holds it, one cue a line, keyed <c>names.en</c>, <c>terms.ru</c>…</summary>
    [BindProperty]
    public Dictionary<string, string?> Cues { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public long Version { get; set; }

    /// <summary>Only the Parties' dealings with each other are evidence of the clause (<see cref="ClauseProfile.BetweenPartiesOnly"/>).</summary>
    [BindProperty]
    public bool BetweenPartiesOnly { get; set; }

    /// <summary>The broader clause this one is part of, or null (<see cref="ClauseProfile.PartOf"/>).</summary>
    [BindProperty]
    public string? PartOf { get; set; }

    /// <summary>The agreement's other operative clauses, which the broader clause is chosen from.</summary>
    public IReadOnlyList<string> OtherClauses { get; private set; } = [];

    /// <summary>The languages a profile is written in, as the switcher names them.</summary>
    public static IReadOnlyList<(string Culture, string Name)> Languages => Localization.Languages;

    public static readonly string[] Lists = ["names", "terms"];

    public async Task<IActionResult> OnGetAsync(int id, string number, CancellationToken ct)
    {
        if (!await LoadAsync(id, number, ct))
        {
            return NotFound();
        }

        Fill(Saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string number, CancellationToken ct)
    {
        if (!await LoadAsync(id, number, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var names = Read("names");
        var terms = Read("terms");
        var errors = ProfileRules.Check(names, terms);
        errors.AddAll("", await ProfileRules.CheckPartOfAsync(db, id, number, PartOf, ct));
        ModelState.Clear();
        ModelState.AddFieldErrors(errors, HttpContext);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await ProfileRules.ReplaceAsync(db, id, number, names, terms, BetweenPartiesOnly, PartOf, Version, ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var (typed, typedScope, typedPartOf) = (Cues, BetweenPartiesOnly, PartOf);
            await LoadAsync(id, number, ct);
            Fill(Saved);
            Unsaved = [.. typed.Where(p => Cues.ContainsKey(p.Key) && Normalised(p.Value) != Normalised(Cues[p.Key])).Select(p => (LabelOf(p.Key), p.Value ?? ""))];
            if (typedScope != BetweenPartiesOnly)
            {
                Unsaved = [.. Unsaved, (text["Between the Parties only"].Value, text[typedScope ? "Only the Parties' dealings with each other are evidence of this commitment." : "Dealings of either Party with other states can be evidence of this commitment."].Value)];
            }
            if (Normalised(typedPartOf) != Normalised(PartOf))
            {
                Unsaved = [.. Unsaved, (text["Part of clause"].Value, string.IsNullOrWhiteSpace(typedPartOf) ? text["None: it stands alone"].Value : typedPartOf.Trim())];
            }
            Conflict = text["Someone saved this profile after you opened it. The form now holds the saved version; what you typed is shown below it, so nothing has to be typed again."];
            return Page();
        }

        relinking.Wake();
        db.ChangeTracker.Clear();
        await LoadAsync(id, number, ct);
        Fill(Saved);
        Done = text["Profile saved. The stored documents are being linked with it again; the clause pages show the new links in a few minutes."];
        return Page();
    }

    /// <summary>The name of a form field (<c>names.ru</c>) in the reader's language.</summary>
    public string Label(string list, string languageName) =>
        list == "names" ? text["Names in {0}", languageName] : text["Terms in {0}", languageName];

    private string LabelOf(string key)
    {
        var (list, culture) = (key[..key.IndexOf('.', StringComparison.Ordinal)], key[(key.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        return Label(list, Languages.First(l => l.Culture == culture).Name);
    }

    private async Task<bool> LoadAsync(int id, string number, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Title }).FirstOrDefaultAsync(ct);
        if (agreement is null || !await ProfileRules.ClauseExistsAsync(db, id, number, ct))
        {
            return false;
        }

        AgreementId = id;
        Number = number;
        AgreementTitle = agreement.Title.In(Localization.Language);
        OtherClauses = await db.Provisions.AsNoTracking()
            .Where(p => p.AgreementId == id && p.Part == Agreements.ProvisionPart.Operative && p.Number != null && p.Number != number)
            .OrderBy(p => p.Order).Select(p => p.Number!).ToListAsync(ct);
        Saved = await db.ClauseProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.AgreementId == id && p.Clause == number, ct)
            ?? new ClauseProfile { AgreementId = id, Clause = number };
        return true;
    }

    private void Fill(ClauseProfile profile)
    {
        Version = profile.Version;
        BetweenPartiesOnly = profile.BetweenPartiesOnly;
        PartOf = profile.PartOf;
        Cues = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (culture, _) in Languages)
        {
            Cues[$"names.{culture}"] = string.Join('\n', profile.Names.GetValueOrDefault(culture) ?? []);
            Cues[$"terms.{culture}"] = string.Join('\n', profile.Terms.GetValueOrDefault(culture) ?? []);
        }
    }

    /// <summary>One list per language from the form: a cue a line, blank lines left out; a language with no cue is left out.</summary>
    private Dictionary<string, IReadOnlyList<string>> Read(string list) =>
        Languages.Select(l => (l.Culture, Cues: Lines(Cues.GetValueOrDefault($"{list}.{l.Culture}"))))
            .Where(l => l.Cues.Count > 0)
            .ToDictionary(l => l.Culture, l => l.Cues, StringComparer.Ordinal);

    private static IReadOnlyList<string> Lines(string? value) =>
        [.. (value ?? "").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l))];

    private static string Normalised(string? value) => string.Join('\n', Lines(value).Select(l => l.Trim()));
}
