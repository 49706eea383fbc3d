namespace Entente.Consultations;

/// <summary>How long the asked Party has to acknowledge a request and to hold the consultations, counted from the request.</summary>
public sealed class ConsultationDeadlineOptions
{
    public const string Section = "Consultations:Deadlines";

    public TimeSpan UrgentAcknowledge { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan UrgentHold { get; set; } = TimeSpan.FromHours(72);

    public TimeSpan RegularAcknowledge { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan RegularHold { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long before a deadline the reminder goes out, as a share of the time allowed.</summary>
    public double RemindAtShare { get; set; } = 0.75;

    /// <summary>How often the background service looks.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(5);

    public (TimeSpan Acknowledge, TimeSpan Hold) For(ConsultationKind kind) =>
        kind == ConsultationKind.Urgent ? (UrgentAcknowledge, UrgentHold) : (RegularAcknowledge, RegularHold);

    /// <summary>When the asked Party must have acknowledged the request: counted from the request.</summary>
    public DateTimeOffset AcknowledgeBy(Consultation consultation) => consultation.RequestedAt + For(consultation.Kind).Acknowledge;

    /// <summary>When the consultations must have been held: counted from the request.</summary>
    public DateTimeOffset HoldBy(Consultation consultation) => consultation.RequestedAt + For(consultation.Kind).Hold;

    /// <summary>The options as configured in the environment (<c>Consultations__Deadlines__…</c>), for commands run without the web host.</summary>
    public static ConsultationDeadlineOptions FromEnvironment()
    {
        var options = new ConsultationDeadlineOptions();
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(Section).Bind(options);
        return options;
    }
}

/// <summary>Which deadline a <see cref="DeadlineAction"/> is about.</summary>
public enum DeadlineStage
{
    Acknowledge,
    Hold,
}

/// <summary>Something the deadline service must do for one consultation: remind, or record a breach.</summary>
public sealed record DeadlineAction(int ConsultationId, DeadlineStage Stage, bool IsBreach, DateTimeOffset Deadline);

/// <summary>The deadline rules, as a pure function of the time and the consultations, so they are tested with any clock.</summary>
public static class ConsultationDeadlines
{
    public static List<DeadlineAction> Evaluate(DateTimeOffset now, IEnumerable<Consultation> consultations, ConsultationDeadlineOptions options)
    {
        var actions = new List<DeadlineAction>();
        foreach (var consultation in consultations)
        {
            var (acknowledge, hold) = options.For(consultation.Kind);
            if (consultation.Status == ConsultationStatus.Requested)
            {
                Check(consultation, DeadlineStage.Acknowledge, acknowledge, consultation.AcknowledgeBreachedAt, consultation.RequestedAt);
            }

            if (consultation.Status is ConsultationStatus.Requested or ConsultationStatus.Acknowledged or ConsultationStatus.Scheduled)
            {
                Check(consultation, DeadlineStage.Hold, hold, consultation.HoldBreachedAt, consultation.AcknowledgedAt ?? consultation.RequestedAt);
            }
        }

        return actions;

        void Check(Consultation consultation, DeadlineStage stage, TimeSpan allowed, DateTimeOffset? breachedAt, DateTimeOffset stageStart)
        {
            var deadline = consultation.RequestedAt + allowed;
            if (now > deadline)
            {
                if (breachedAt is null)
                {
                    actions.Add(new DeadlineAction(consultation.Id, stage, IsBreach: true, deadline));
                }

                return;
            }

            var remindFrom = consultation.RequestedAt + (allowed * options.RemindAtShare);
            var alreadyReminded = consultation.LastReminderAt is { } last && last >= remindFrom && last >= stageStart;
            if (now >= remindFrom && !alreadyReminded)
            {
                actions.Add(new DeadlineAction(consultation.Id, stage, IsBreach: false, deadline));
            }
        }
    }
}
