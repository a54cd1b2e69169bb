using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// What a resolver sees of the field it resolves: a view of an execution node and its request that
/// <see cref="BudgetedExecutionStrategy"/> points at the next field once a resolver is done with it, so resolving a
/// field allocates no context of its own. A resolver that returned a list keeps its context (a lazy sequence may still
/// read it), and the strategy takes a fresh one for the next field.
/// </summary>
internal sealed class FieldContext(ExecutionNode node, global::GraphQL.Execution.ExecutionContext context) : IResolveFieldContext
{
    private ExecutionNode _node = node;
    private readonly global::GraphQL.Execution.ExecutionContext _context = context;
    private IResolveFieldContext? _parent;
    private Dictionary<string, (GraphQLField Field, FieldType FieldType)>? _subFields;

    public GraphQLField FieldAst => _node.Field;

    public FieldType FieldDefinition => _node.FieldDefinition;

    public IObjectGraphType ParentType => _node.GetParentType(_context.Schema)!;

    public IResolveFieldContext? Parent => _parent ??= ParentOf(_node, _context);

    public IDictionary<string, ArgumentValue>? Arguments => _context.GetArguments(_node.FieldDefinition, _node.Field);

    public IDictionary<string, DirectiveInfo>? Directives => _context.GetDirectives(_node.Field);

    public object? RootValue => _context.RootValue;

    public object? Source => _node.Source;

    public ISchema Schema => _context.Schema;

    public GraphQLDocument Document => _context.Document;

    public GraphQLOperationDefinition Operation => _context.Operation;

    public Variables Variables => _context.Variables;

    public CancellationToken CancellationToken => _context.CancellationToken;

    public Metrics Metrics => _context.Metrics;

    public ExecutionErrors Errors => _context.Errors;

    public IEnumerable<object> Path => _node.Path;

    public IEnumerable<object> ResponsePath => _node.ResponsePath;

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => _subFields ??= _context.ExecutionStrategy.GetSubFields(_context, _node);

    public IReadOnlyDictionary<string, object?> InputExtensions => _context.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => _context.OutputExtensions;

    public IServiceProvider? RequestServices => _context.RequestServices;

    public IExecutionArrayPool ArrayPool => _context;

    public ClaimsPrincipal? User => _context.User;

    public IExecutionContext ExecutionContext => _context;

    public IDictionary<string, object?> UserContext => _context.UserContext;

    /// <summary>Points this context at another field of the same request.</summary>
    public FieldContext MoveTo(ExecutionNode next)
    {
        _node = next;
        _parent = null;
        _subFields = null;
        return this;
    }

    private static FieldContext? ParentOf(ExecutionNode node, global::GraphQL.Execution.ExecutionContext context)
    {
        var parent = node.Parent;
        while (parent is ArrayExecutionNode)
        {
            parent = parent.Parent;
        }

        return parent is null or RootExecutionNode ? null : new FieldContext(parent, context);
    }
}
