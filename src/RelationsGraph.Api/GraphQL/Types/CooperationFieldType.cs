using GraphQL.Types;
using RelationsGraph.Facts;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class CooperationFieldType : ObjectGraphType<CooperationField>
{
    public CooperationFieldType()
    {
        Name = "CooperationField";
        Description = "A field of cooperation, e.g. agriculture or education.";
        Field<NonNullGraphType<IdGraphType>>("code").ResolveSource(source => source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").ResolveSource(source => source.Name);
        Field<NonNullGraphType<StringGraphType>>("nameVi").ResolveSource(source => source.NameVi);
    }
}
