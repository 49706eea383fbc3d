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
                errors.Add("to", "a {0} consultation cannot become {1}; it is closed.", current, input.To!);
            }
            else
            {
                errors.Add("to", "a {0} consultation cannot become {1}; it can become {2}.", current, input.To!, string.Join(" or ", allowed));
            }
            return errors;
        }

        var isAsked = viewer.IsSystem || viewer.PartyCode == consultation.CounterpartPartyCode;
        if (target is ConsultationStatus.Acknowledged or ConsultationStatus.Declined && !isAsked)
        {
            errors.Add("to", "only the asked Party ({0}) can acknowledge or decline the request.", consultation.CounterpartPartyCode);
        }

        switch (target)
        {
            case ConsultationStatus.Declined:
                errors.Require("reason", input.Reason, 4000);
                break;
            case ConsultationStatus.Scheduled when input.ScheduledOn is null:
                errors.Add("scheduledOn", "is required to schedule the consultations.");
                break;
            case ConsultationStatus.Scheduled when input.ScheduledOn < DateOnly.FromDateTime(now.UtcDateTime):
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
                break;
            case ConsultationStatus.Declined:
                consultation.DeclineReason = input.Reason!.Trim();
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

/// <summary>A requested move: the new status and what it needs (a date to schedule, a reason to decline, an outcome to conclude).</summary>
public sealed record TransitionInput(string? To = null, DateOnly? ScheduledOn = null, string? Reason = null, string? Outcome = null, long? Version = null);
