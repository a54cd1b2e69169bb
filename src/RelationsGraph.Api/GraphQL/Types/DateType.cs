using GraphQL.Types;

namespace RelationsGraph.Api.GraphQL.Types;

/// <summary>The Date scalar of the public contract: a calendar date, yyyy-MM-dd.</summary>
internal sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, yyyy-MM-dd.";
    }
}
