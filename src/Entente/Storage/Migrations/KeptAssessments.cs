namespace Entente.Storage.Migrations;

/// <summary>
/// Data step of the PrivateComments migration (both providers): an assessment that was kept to its Party becomes a
/// private comment of that Party, so nothing it said reaches the other Party when assessments become shared; the
/// Party then has no shared status for that commitment until it records one.
/// </summary>
internal static class KeptAssessments
{
    public const string MoveToPrivateComments = """
        INSERT INTO "PrivateComments" ("CommitmentId", "OwnerPartyCode", "Visibility", "Text", "WrittenAt", "WrittenBy")
        SELECT "CommitmentId", "OwnerPartyCode", 'party',
               substr('Assessment kept to the Party before assessments were shared: ' || "Status" || COALESCE(' — ' || "Comment", ''), 1, 4000),
               "AssessedAt", "AssessedBy"
        FROM "Assessments" WHERE "Visibility" <> 'shared' AND "OwnerPartyCode" IS NOT NULL;
        DELETE FROM "Assessments" WHERE "Visibility" <> 'shared';
        """;
}
