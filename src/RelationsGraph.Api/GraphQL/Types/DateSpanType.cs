using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class DateSpanType : ObjectGraphType<DateRange>
{
    public DateSpanType()
    {
        Name = "DateSpan";
        Description = "An inclusive span of days.";
        Field<NonNullGraphType<DateType>>("from").Resolve(context => context.Source.From);
        Field<NonNullGraphType<DateType>>("to").Resolve(context => context.Source.To);
    }
}
