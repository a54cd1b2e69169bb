using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The only way the schema's fields are resolved: a delegate given the field's source, cast from the context it is
/// called with, and the context itself where it needs arguments or the snapshot. graphql-dotnet's typed resolvers
/// (<c>Resolve(context => context.Source…)</c>) give the delegate a typed view of the context instead, an adapter
/// shared per source type and taken and returned with two interlocked operations per call (contended when both cores
/// resolve fields of one type), and a new adapter after every list-valued field; here a field's call costs a cast.
/// Both execution paths (<see cref="DirectAnswer"/> and the node-based walk) call these resolvers alike.
/// </summary>
internal static class FieldResolvers
{
    /// <summary>
    /// Resolves the field from its source alone. The delegate keeps its own return type (<typeparamref name="TValue"/>,
    /// where the field builder's is often <c>object</c>), so that a scalar can be written without boxing it.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ResolveSource<TSource, TReturn, TValue>(this FieldBuilder<TSource, TReturn> field, Func<TSource, TValue> resolve) =>
        field.Resolve(new SourceResolver<TSource, TValue>(resolve));

    /// <summary>Resolves the field from its source and its context (arguments, the request's snapshot).</summary>
    public static FieldBuilder<TSource, TReturn> ResolveContext<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, TSource, TReturn?> resolve) =>
        field.Resolve(new SourceAndContextResolver<TSource, TReturn>(resolve));

    /// <summary>Resolves a field of the root type, which has no source of its own, from its context.</summary>
    public static FieldBuilder<TSource, TReturn> ResolveContext<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, TReturn?> resolve) =>
        field.Resolve(new ContextResolver<TReturn>(resolve));

    /// <summary>
    /// One of the schema's resolvers. <see cref="DirectAnswer"/> calls <see cref="Resolve"/> with the source it
    /// already holds: a virtual call returning the value, where <see cref="IFieldResolver.ResolveAsync"/> is an
    /// interface call through a dispatch stub shared by every resolver type, a call to the context for its source
    /// and a task around the value. The node-based walk calls <see cref="ResolveAsync"/>, which gives the same value.
    /// </summary>
    internal abstract class Resolver : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(Resolve(context, context.Source));

        /// <summary>The field's value for <paramref name="source"/>, the context's source.</summary>
        public abstract object? Resolve(IResolveFieldContext context, object? source);

        /// <summary>A writer of the field's value as <paramref name="scalar"/> serialises it, or null when there is none.</summary>
        public virtual DirectScalar? ScalarWriter(ScalarGraphType scalar, bool nonNull, JavaScriptEncoder? encoder) => null;
    }

    internal sealed class SourceResolver<TSource, TValue>(Func<TSource, TValue> resolve) : Resolver
    {
        public override object? Resolve(IResolveFieldContext context, object? source) => resolve((TSource)source!);

        public override DirectScalar? ScalarWriter(ScalarGraphType scalar, bool nonNull, JavaScriptEncoder? encoder) =>
            DirectScalar.For(resolve, scalar, nonNull, encoder);
    }

    internal sealed class SourceAndContextResolver<TSource, TReturn>(Func<IResolveFieldContext, TSource, TReturn?> resolve) : Resolver
    {
        public override object? Resolve(IResolveFieldContext context, object? source) => resolve(context, (TSource)source!);
    }

    internal sealed class ContextResolver<TReturn>(Func<IResolveFieldContext, TReturn?> resolve) : Resolver
    {
        public override object? Resolve(IResolveFieldContext context, object? source) => resolve(context);
    }
}
