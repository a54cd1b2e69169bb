using GraphQL.Types;
using RelationsGraph.Facts;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class CooperationFieldType : ObjectGraphType<CooperationField>
{
    public CooperationFieldType()
    {
        Name = "CooperationField";
        Description = "A field of cooperation, e.g. agriculture or education.";
        Field<NonNullGraphType<IdGraphType>>("code").Resolve(context => context.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("nameVi").Resolve(context => context.Source.NameVi);
    }
}
