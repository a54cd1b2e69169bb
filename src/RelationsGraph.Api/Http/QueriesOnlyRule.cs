using GraphQL.Validation;
using GraphQLParser.AST;

namespace RelationsGraph.Api.Http;

/// <summary>Rejects a mutation or subscription sent with GET, as the GraphQL-over-HTTP specification requires.</summary>
internal sealed class QueriesOnlyRule : ValidationRuleBase
{
    public const string Code = "QUERY_ONLY_OVER_GET";

    public static readonly QueriesOnlyRule Instance = new();

    public static IEnumerable<IValidationRule> AppendTo(IEnumerable<IValidationRule>? rules) => (rules ?? DocumentValidator.CoreRules).Append(Instance);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError($"A {context.Operation.Operation.ToString().ToLowerInvariant()} must be sent with POST.") { Code = Code });
        }

        return default;
    }
}
