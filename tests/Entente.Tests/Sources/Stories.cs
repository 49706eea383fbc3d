namespace Entente.Tests.Sources;

/// <summary>Short news stories written for these tests, each on its own subject, far from any partnership.</summary>
internal static class Stories
{
    public const string Bridge =
        "The city council voted on Tuesday to rebuild the old railway bridge over the river, ending a dispute that had lasted almost six years.\n\n" +
        "Work will begin in the spring and should take two summers, the mayor told reporters after the vote. The bridge, opened in 1911, was " +
        "closed to trains in 2019 when engineers found cracks in two of its steel piers. The new span will carry two tracks instead of one " +
        "and a path for cyclists on its northern side.";

    public const string Orchestra =
        "The national youth orchestra will tour eleven towns this winter, its director announced, taking music to halls that have not had " +
        "a visiting ensemble in a decade.\n\nEighty players aged between fourteen and twenty will travel by coach with their instruments " +
        "and a small workshop for repairs. Tickets cost nothing for schoolchildren, and each concert ends with a piece written by a " +
        "student composer from the town where it is played.";

    public const string Harvest =
        "Farmers in the northern valleys brought in the largest apple harvest for a generation after a mild spring and a dry autumn.\n\n" +
        "Cooperatives said their cold stores were full by the middle of October, and several opened old barns to keep the surplus. " +
        "Juice makers are buying what the markets cannot take, while a regional fair will give away boxes of fruit to anyone who " +
        "brings a bag of their own on the last Saturday of the month.";

    public const string Library =
        "The central library reopened on Monday after a two-year renovation that added a reading garden on its roof and a room for " +
        "restoring old maps.\n\nThe architects kept the nineteenth-century facade but replaced every floor behind it, and the catalogue " +
        "now runs on terminals made from recycled parts. Queues formed before the doors opened, and by noon the staff had issued more " +
        "than two thousand new cards to readers of every age.";

    public const string Ferry =
        "A new ferry between the two islands made its first crossing on Friday morning, cutting the journey from three hours to seventy " +
        "minutes.\n\nThe vessel runs on batteries charged at both harbours overnight and carries up to forty cars. Fishermen had worried " +
        "that its wake would disturb their nets, so the captain agreed to slow down near the oyster beds, and the timetable leaves room " +
        "for that without delaying the evening return.";
}
