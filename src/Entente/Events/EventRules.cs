using Entente.Access;
using Entente.Web;

namespace Entente.Events;

/// <summary>The field checks of an event, shared by the API and the page.</summary>
public static class EventRules
{
    public static FieldErrors Validate(EventInput input)
    {
        var errors = new FieldErrors();
        errors.Key<EventKind>("kind", input.Kind, required: true);
        if (errors.Key<Visibility>("visibility", input.Visibility, required: false) == Visibility.Restricted)
        {
            errors.Add("visibility", "an event is shared or party.");
        }

        errors.Require("title", input.Title, 512);
        errors.Limit("place", input.Place, 256);
        if (input.StartsOn is null)
        {
            errors.Add("startsOn", "is required.");
        }

        if (input.EndsOn < input.StartsOn)
        {
            errors.Add("endsOn", "cannot be before startsOn.");
        }

        return errors;
    }
}
