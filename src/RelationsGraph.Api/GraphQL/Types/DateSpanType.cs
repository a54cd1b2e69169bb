using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class DateSpanType : ObjectGraphType<DateRange>
{
    public DateSpanType()
    {
        Name = "DateSpan";
        Description = "An inclusive span of days.";
        Field<NonNullGraphType<DateType>>("from").ResolveSource(source => source.From);
        Field<NonNullGraphType<DateType>>("to").ResolveSource(source => source.To);
    }
}
