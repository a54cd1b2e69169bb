using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using RelationsGraph.Api.GraphQL.Types;
using RelationsGraph.Facts;
using RelationsGraph.Partnerships;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The arguments every partnership question takes to say what counts as a partnership, with the defaults of
/// <see cref="PartnershipPolicy"/>: cooperation instruments and mechanism memberships, reviewed, of confidence 0.7
/// or more.
/// </summary>
internal static class PartnershipArguments
{
    public static FieldBuilder<TSource, TReturn> PolicyArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<FloatGraphType>(
            "minConfidence",
            "The lowest confidence (0 to 1) a fact needs to count. The default, 0.7, leaves out facts known only from a related-news headline (0.6 or less); lower it to see them.",
            argument => argument.DefaultValue = PartnershipPolicy.DefaultMinConfidence)
        .Argument<ListGraphType<NonNullGraphType<InstrumentKindType>>>(
            "kinds",
            "The kinds of fact that make a partnership. Default: AGREEMENT, MOU, MINUTES, JOINT_STATEMENT, COORDINATION_RULES, JOINT_COMMITTEE (and mechanism memberships) and OTHER (cooperation stated without naming its instrument); a PLAN counts through the instrument it implements. VISIT and AWARD count only when listed here.")
        .Argument<BooleanGraphType>(
            "includeUnreviewed",
            "Also count facts nobody has reviewed yet (extracted by the loader and not yet checked).",
            argument => argument.DefaultValue = false);

    public static PartnershipPolicy Policy(this IResolveFieldContext context)
    {
        var minConfidence = context.GetArgument("minConfidence", PartnershipPolicy.DefaultMinConfidence);
        if (double.IsNaN(minConfidence) || minConfidence < 0 || minConfidence > 1)
        {
            throw new ExecutionError($"Argument 'minConfidence' must be from 0 to 1 (the default is {PartnershipPolicy.DefaultMinConfidence}).") { Code = "INVALID_CONFIDENCE" };
        }

        var kinds = context.GetArgument<List<InstrumentKind>?>("kinds");
        var includeUnreviewed = context.GetArgument("includeUnreviewed", false);
        var policy = new PartnershipPolicy { Kinds = kinds, MinConfidence = minConfidence, IncludeUnreviewed = includeUnreviewed };
        return policy == PartnershipPolicy.Default ? PartnershipPolicy.Default : policy;
    }

    /// <summary>rollUpPredecessors: true rolls both sides up, false keeps each as it was, null applies the field's default.</summary>
    public static PredecessorMode Predecessors(this IResolveFieldContext context, PredecessorMode whenNotGiven) =>
        context.GetArgument<bool?>("rollUpPredecessors") switch
        {
            true => PredecessorMode.RollUp,
            false => PredecessorMode.AsTheyWere,
            null => whenNotGiven,
        };
}
