using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// What a resolver sees of the field it resolves when <see cref="DirectAnswer"/> writes the answer without execution
/// nodes: one context per depth of the selection, pointed at the next field of that depth once the previous one is
/// written, so resolving a field allocates nothing. Its parent is the context one depth up, which points at the parent
/// field for as long as that field's value is being written. What would need the nodes it does not have (the path of
/// an error, the sub-fields dictionary) makes the request fall back to the node-based walk, which answers the same.
/// </summary>
internal sealed class DirectFieldContext(ExecutionContext context, DirectFieldContext? parent) : IResolveFieldContext
{
    private GraphQLField _field = null!;
    private FieldType _definition = null!;
    private IObjectGraphType _parentType = null!;
    private object? _source;

    public GraphQLField FieldAst => _field;

    public FieldType FieldDefinition => _definition;

    public IObjectGraphType ParentType => _parentType;

    public IResolveFieldContext? Parent => parent;

    public IDictionary<string, ArgumentValue>? Arguments => context.GetArguments(_definition, _field);

    public IDictionary<string, DirectiveInfo>? Directives => context.GetDirectives(_field);

    public object? RootValue => context.RootValue;

    public object? Source => _source;

    public ISchema Schema => context.Schema;

    public GraphQLDocument Document => context.Document;

    public GraphQLOperationDefinition Operation => context.Operation;

    public Variables Variables => context.Variables;

    public CancellationToken CancellationToken => context.CancellationToken;

    public Metrics Metrics => context.Metrics;

    public ExecutionErrors Errors => context.Errors;

    public IEnumerable<object> Path => throw new DirectAnswer.NotHandled();

    public IEnumerable<object> ResponsePath => throw new DirectAnswer.NotHandled();

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => throw new DirectAnswer.NotHandled();

    public IReadOnlyDictionary<string, object?> InputExtensions => context.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => context.OutputExtensions;

    public IServiceProvider? RequestServices => context.RequestServices;

    public IExecutionArrayPool ArrayPool => context;

    public ClaimsPrincipal? User => context.User;

    public IExecutionContext ExecutionContext => context;

    public IDictionary<string, object?> UserContext => context.UserContext;

    /// <summary>Points this context at a field of an object of <paramref name="parentType"/>.</summary>
    public DirectFieldContext MoveTo(GraphQLField field, FieldType definition, IObjectGraphType parentType, object? source)
    {
        _field = field;
        _definition = definition;
        _parentType = parentType;
        _source = source;
        return this;
    }
}
