using Entente.Access;
using Entente.Web;

namespace Entente.Consultations;

/// <summary>
/// The legal moves of a consultation: requested → acknowledged → scheduled → held → concluded, or declined
/// with a reason while it is still requested or acknowledged. Only the asked Party acknowledges or declines.
/// </summary>
public static class ConsultationWorkflow
{
    private static readonly Dictionary<ConsultationStatus, ConsultationStatus[]> s_next = new()
    {
        [ConsultationStatus.Requested] = [ConsultationStatus.Acknowledged, ConsultationStatus.Declined],
        [ConsultationStatus.Acknowledged] = [ConsultationStatus.Scheduled, ConsultationStatus.Declined],
        [ConsultationStatus.Scheduled] = [ConsultationStatus.Scheduled, ConsultationStatus.Held],
        [ConsultationStatus.Held] = [ConsultationStatus.Concluded],
        [ConsultationStatus.Concluded] = [],
        [ConsultationStatus.Declined] = [],
    };

    public static IReadOnlyList<ConsultationStatus> NextFrom(ConsultationStatus status) => s_next[status];

    /// <summary>The moves a viewer of <paramref name="viewerParty"/> may make: the requesting Party never acknowledges or declines its own request.</summary>
    public static IReadOnlyList<ConsultationStatus> NextFor(Consultation consultation, string? viewerParty) =>
        [.. s_next[consultation.Status].Where(s => s is not (ConsultationStatus.Acknowledged or ConsultationStatus.Declined) || viewerParty == consultation.CounterpartPartyCode)];

    /// <summary>Applies a move for <paramref name="viewer"/>; returns the field errors when it is not allowed.</summary>
    public static FieldErrors Apply(Consultation consultation, TransitionInput input, Viewer viewer, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var to = errors.Key<ConsultationStatus>("to", input.To, required: true);
        if (input.Version is null)
        {
            errors.Add("version", "is required: send the version you read.");
        }

        if (to is not { } target)
        {
            return errors;
        }

        if (!s_next[consultation.Status].Contains(target))
        {
            var allowed = s_next[consultation.Status].Select(Storage.KebabCase.ToKey).ToList();
            var current = Storage.KebabCase.ToKey(consultation.Status);
            if (allowed.Count == 0)
            {
                errors.Add("to", "a {0} consultation cannot become {1}; it is closed.", new KeyName(current), new KeyName(input.To!));
            }
            else
            {
                errors.Add("to", "a {0} consultation cannot become {1}; it can become {2}.", new KeyName(current), new KeyName(input.To!), new KeyNames(allowed, " or "));
            }
            return errors;
        }

        var isAsked = viewer.IsSystem || viewer.PartyCode == consultation.CounterpartPartyCode;
        if (target is ConsultationStatus.Acknowledged or ConsultationStatus.Declined && !isAsked)
        {
            errors.Add("to", "only the asked Party ({0}) can acknowledge or decline the request.", consultation.CounterpartPartyCode);
        }

        errors.Limit("reply", input.Reply, 4000);
        if (input.Reply is not null && target is not (ConsultationStatus.Acknowledged or ConsultationStatus.Declined))
        {
            errors.Add("reply", "is the asked Party's answer when it acknowledges or declines the request.");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        switch (target)
        {
            case ConsultationStatus.Declined:
                errors.Require("reason", input.Reason ?? input.Reply, 4000);
                break;
            case ConsultationStatus.Held when consultation.ScheduledOn > today:
                errors.Add("to", "the consultations are scheduled for {0}; they cannot be recorded as held before that day.", consultation.ScheduledOn.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ConsultationStatus.Scheduled when input.ScheduledOn is null:
                errors.Add("scheduledOn", "is required to schedule the consultations.");
                break;
            case ConsultationStatus.Scheduled when input.ScheduledOn < today:
                errors.Add("scheduledOn", "cannot be in the past.");
                break;
            case ConsultationStatus.Concluded:
                errors.Require("outcome", input.Outcome, 4000);
                break;
        }

        if (errors.Any)
        {
            return errors;
        }

        consultation.Status = target;
        switch (target)
        {
            case ConsultationStatus.Acknowledged:
                consultation.AcknowledgedAt = now;
                consultation.Reply = string.IsNullOrWhiteSpace(input.Reply) ? null : input.Reply.Trim();
                break;
            case ConsultationStatus.Declined:
                consultation.DeclineReason = (input.Reason ?? input.Reply)!.Trim();
                break;
            case ConsultationStatus.Scheduled:
                consultation.ScheduledOn = input.ScheduledOn;
                break;
            case ConsultationStatus.Held:
                consultation.HeldAt = now;
                break;
            case ConsultationStatus.Concluded:
                consultation.ConcludedAt = now;
                consultation.Outcome = input.Outcome!.Trim();
                break;
        }

        return errors;
    }
}

/// <summary>A requested move: the new status and what it needs (a date to schedule, a reason to decline, an outcome to conclude);
/// <see cref="Reply"/> is the asked Party's answer in its own words when it acknowledges (or, without a reason, declines).</summary>
public sealed record TransitionInput([property: Web.KeyOf(typeof(ConsultationStatus))] string? To = null, DateOnly? ScheduledOn = null, string? Reason = null, string? Outcome = null, long? Version = null, string? Reply = null);
