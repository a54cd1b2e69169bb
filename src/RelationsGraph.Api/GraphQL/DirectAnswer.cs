using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using RelationsGraph.Api.Http;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Executes a validated query by writing each value into JSON as its resolver returns it, instead of building
/// graphql-dotnet's tree of execution nodes (one object per value) and serialising that tree afterwards: for an answer
/// without errors this is the same JSON at a fraction of the allocations. The schema's own resolvers run in the same
/// order, with the same arguments, sources and parent contexts, and the same values are counted against the request's
/// budget.
/// <para>
/// It handles the answers that need nothing but values: the first thing it does not handle ends the attempt and the
/// request is executed again by the node-based walk (<see cref="BudgetedExecutionStrategy"/>), which gives exactly
/// graphql-dotnet's answer. That is every error (a resolver that throws, a null in a non-null field, a value its type
/// refuses) since errors need paths and null propagation, a resolver that does not finish at once or returns a data
/// loader's result, a resolver that asks for its path or sub-fields, and introspection (<c>__schema</c>,
/// <c>__type</c>). Resolvers only read the snapshot, so running them again changes nothing but the time taken.
/// </para>
/// </summary>
internal sealed class DirectAnswer
{
    private readonly ExecutionContext _context;
    private readonly CollectedFields _fields;
    private readonly Utf8JsonWriter _writer;
    private readonly JsonSerializerOptions _options;
    private readonly bool _plainScalars;
    private readonly List<DirectFieldContext> _contexts = [];

    private DirectAnswer(ExecutionContext context, CollectedFields fields, Utf8JsonWriter writer, AnswerSerializer serializer)
    {
        _context = context;
        _fields = fields;
        _writer = writer;
        _options = serializer.Options;
        _plainScalars = serializer.WritesPlainScalars;
    }

    /// <summary>
    /// The query's <c>data</c> as JSON, or null when the answer needs what only the node-based walk does (errors,
    /// among others): nothing the attempt did is then left behind (values counted, errors listed).
    /// </summary>
    /// <exception cref="OperationCanceledException">The request was stopped: its time is up, the client went away, or
    /// the answer has more values or bytes than the request's budget allows (recorded in the budget).</exception>
    public static RenderedData? TryWrite(ExecutionContext context, CollectedFields fields, AnswerSerializer serializer, IObjectGraphType rootType)
    {
        if (!serializer.CanEmbedJson)
        {
            return null;
        }

        var budget = fields.Budget;
        var countedBefore = budget?.ResultNodes ?? 0;
        var errorsBefore = context.Errors.Count;
        // Pooled memory: starting large costs nothing and saves the copies of growing through the small sizes.
        var data = new AnswerBuffer(budget?.Limits.MaxResponseBytes ?? int.MaxValue, context.CancellationToken, initialSize: 32 * 1024);
        var opening = serializer.DataOnlyOpening;
        data.Write(opening.Span);
        var writer = serializer.CreateWriter(data);
        try
        {
            new DirectAnswer(context, fields, writer, serializer).WriteRoot(rootType);
            writer.Flush();
            return new RenderedData(data, opening.Length);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            Abandon();
            throw;
        }
        catch (ResponseTooLargeException)
        {
            Abandon();
            budget?.StopAsTooLarge();
            context.CancellationToken.ThrowIfCancellationRequested();
            throw;
        }
        catch (Exception)
        {
            // Not handled here (or an error, which the node-based walk reports with its path): start again there.
            Abandon();
            budget?.RewindResultNodes(countedBefore);
            if (context.Errors.Count > errorsBefore)
            {
                var kept = new ExecutionErrors();
                kept.AddRange(context.Errors.Take(errorsBefore));
                context.Errors = kept;
            }

            return null;
        }
        finally
        {
            writer.Dispose();
        }

        void Abandon()
        {
            writer.Reset();
            data.Dispose();
        }
    }

    private void WriteRoot(IObjectGraphType rootType)
    {
        var selectionSet = _context.Operation.SelectionSet;
        foreach (var field in _fields.Of(rootType, selectionSet))
        {
            if (ReferenceEquals(field.Definition, _context.Schema.SchemaMetaFieldType) || ReferenceEquals(field.Definition, _context.Schema.TypeMetaFieldType))
            {
                throw new NotHandled();
            }
        }

        WriteObject(rootType, _fields.Of(rootType, selectionSet), _context.RootValue, 0);
    }

    private void WriteObject(IObjectGraphType type, CollectedField[] fields, object? source, int depth)
    {
        _fields.Budget?.CountResultNodes(fields.Length);
        var fieldContext = ContextAt(depth);
        var cancellation = _context.CancellationToken;
        _writer.WriteStartObject();
        for (var index = 0; index < fields.Length; index++)
        {
            var (_, name, field, definition, output, resolver) = fields[index];
            cancellation.ThrowIfCancellationRequested();
            _writer.WritePropertyName(name);
            if (output.Writer is { } scalarWriter && scalarWriter.TryWrite(_writer, source))
            {
                continue;
            }

            var context = fieldContext.MoveTo(field, definition, type, source);
            object? value;
            if (resolver is not null)
            {
                value = resolver.Resolve(context, source);
            }
            else
            {
                var resolving = (definition.Resolver ?? NameFieldResolver.Instance).ResolveAsync(context);
                if (!resolving.IsCompletedSuccessfully)
                {
                    // Awaited (or failed) resolvers are the node-based walk's: observe the task and start again there.
                    _ = resolving.AsTask();
                    throw new NotHandled();
                }

                value = resolving.Result;
            }

            WriteValue(output, field, value, depth + 1);
        }

        _writer.WriteEndObject();
    }

    private void WriteValue(FieldOutput output, GraphQLField field, object? value, int depth)
    {
        if (output.Scalar is { } scalar)
        {
            value = scalar.Serialize(value);
        }

        if (value is null)
        {
            if (output.NonNull)
            {
                throw new NotHandled();
            }

            _writer.WriteNullValue();
            return;
        }

        if (output.Scalar is not null)
        {
            WriteScalar(value);
        }
        else if (output.Item is { } item)
        {
            WriteList(item, field, value, depth);
        }
        else if (output.Object is { } objectType && !IsDataLoaderResult(output, value))
        {
            WriteObjectValue(objectType, output, field, value, depth);
        }
        else if (output.Abstract is { } abstractType && value is not IDataLoaderResult)
        {
            var runtimeType = abstractType.GetObjectType(value, _context.Schema);
            if (runtimeType is null || !abstractType.IsPossibleType(runtimeType))
            {
                throw new NotHandled();
            }

            WriteObjectValue(runtimeType, null, field, value, depth);
        }
        else
        {
            throw new NotHandled();
        }
    }

    /// <summary>
    /// Whether an object field's value is a data loader's result (the node-based walk's). The answer to an interface
    /// test is the same for every value of one class: the last class found not to be one is kept with the field's
    /// output, and a value of that class is then known by its type alone.
    /// </summary>
    private static bool IsDataLoaderResult(FieldOutput output, object value)
    {
        var type = value.GetType();
        if (ReferenceEquals(type, output.PlainObjectType))
        {
            return false;
        }

        if (value is IDataLoaderResult)
        {
            return true;
        }

        output.PlainObjectType = type;
        return false;
    }

    /// <param name="type">The object's type.</param>
    /// <param name="output">The field's output when <paramref name="type"/> is its own (not an abstract type's), where
    /// the fields it selects are kept once known to be the same for every request.</param>
    /// <param name="field">The field whose value the object is.</param>
    /// <param name="value">The object.</param>
    /// <param name="depth">The object's depth in the answer.</param>
    private void WriteObjectValue(IObjectGraphType type, FieldOutput? output, GraphQLField field, object value, int depth)
    {
        if (type.IsTypeOf is { } isTypeOf && !type.SkipTypeCheck && !isTypeOf(value))
        {
            throw new NotHandled();
        }

        var fields = output?.KeptFields;
        if (fields is null)
        {
            fields = _fields.Of(type, field.SelectionSet, out var shared);
            if (shared && output is not null)
            {
                output.KeptFields = fields;
            }
        }

        WriteObject(type, fields, value, depth);
    }

    /// <summary>
    /// A list's items, counted as the node-based walk counts them: before they are written where the list knows its
    /// size, so an oversized list is refused before it is expanded.
    /// </summary>
    private void WriteList(FieldOutput item, GraphQLField field, object value, int depth)
    {
        // The snapshot's lists are mostly arrays of objects: read directly, not through IList's indexer (an interface
        // call per item, and Array's own per-item type checks behind it).
        if (value is object?[] array)
        {
            _fields.Budget?.CountResultNodes(array.Length);
            if (item.Scalar is { } arrayScalar && WriteScalarList(arrayScalar, allowNulls: !item.NonNull, array))
            {
                return;
            }

            _writer.WriteStartArray();
            foreach (var each in array)
            {
                WriteValue(item, field, each, depth);
            }

            _writer.WriteEndArray();
            return;
        }

        if (value is not IEnumerable values || value is string or IDataLoaderResult)
        {
            throw new NotHandled();
        }

        var budget = _fields.Budget;
        var known = values is ICollection collection ? collection.Count : -1;
        if (known >= 0)
        {
            budget?.CountResultNodes(known);
        }

        if (item.Scalar is { } scalar && WriteScalarList(scalar, allowNulls: !item.NonNull, values))
        {
            return;
        }

        _writer.WriteStartArray();
        var count = 0;
        if (values is IList items)
        {
            for (; count < items.Count; count++)
            {
                WriteValue(item, field, items[count], depth);
            }
        }
        else
        {
            foreach (var each in values)
            {
                WriteValue(item, field, each, depth);
                count++;
            }

            budget?.CountResultNodes(count);
        }

        _writer.WriteEndArray();
    }

    /// <summary>A list of scalars its type serialises in one go (as graphql-dotnet does); false when it does not.</summary>
    private bool WriteScalarList(ScalarGraphType scalar, bool allowNulls, IEnumerable values)
    {
        if (!scalar.CanSerializeList(values, allowNulls))
        {
            return false;
        }

        var serialized = scalar.SerializeList(values);
        _writer.WriteStartArray();
        if (serialized is byte[] bytes)
        {
            foreach (var value in bytes)
            {
                _writer.WriteNumberValue(value);
            }
        }
        else if (serialized is not null)
        {
            foreach (var value in serialized)
            {
                if (value is null)
                {
                    _writer.WriteNullValue();
                }
                else
                {
                    WriteScalar(value);
                }
            }
        }

        _writer.WriteEndArray();
        return true;
    }

    /// <summary>A serialised scalar, as graphql-dotnet's JSON converter writes it (the serializer's options decide).</summary>
    private void WriteScalar(object value)
    {
        if (_plainScalars)
        {
            switch (value)
            {
                case string text:
                    _writer.WriteStringValue(text);
                    return;
                case int number:
                    _writer.WriteNumberValue(number);
                    return;
                case bool flag:
                    _writer.WriteBooleanValue(flag);
                    return;
            }
        }

        JsonSerializer.Serialize(_writer, value, _options);
    }

    private DirectFieldContext ContextAt(int depth)
    {
        while (_contexts.Count <= depth)
        {
            _contexts.Add(new DirectFieldContext(_context, _contexts.Count == 0 ? null : _contexts[^1]));
        }

        return _contexts[depth];
    }

    /// <summary>Thrown where the answer needs what only the node-based walk does; the request starts again there.</summary>
    internal sealed class NotHandled() : Exception("Left to the node-based execution.");
}

/// <summary>
/// The <c>data</c> of an answer already written as JSON (<see cref="DirectAnswer"/>), embedded as it is when the
/// result is serialised; its pooled memory goes back once the answer has been written. The data follows the opening
/// of an answer that holds nothing but data (<see cref="AnswerSerializer.DataOnlyOpening"/>), so that such an answer
/// is completed in the same buffer and sent from it, rather than serialised again into another.
/// </summary>
[JsonConverter(typeof(RenderedDataConverter))]
internal sealed class RenderedData(AnswerBuffer buffer, int start) : IDisposable
{
    private readonly int _end = buffer.Written.Length;

    public ReadOnlyMemory<byte> Json => buffer.Written[start.._end];

    /// <summary>The whole answer: the opening already before the data, <paramref name="closing"/> added once after it.</summary>
    /// <exception cref="ResponseTooLargeException">The closing takes the answer past the response size limit.</exception>
    public ReadOnlyMemory<byte> CompleteWith(ReadOnlySpan<byte> closing)
    {
        if (buffer.Written.Length == _end)
        {
            buffer.Write(closing);
        }

        return buffer.Written;
    }

    public void Dispose() => buffer.Dispose();
}

internal sealed class RenderedDataConverter : JsonConverter<RenderedData>
{
    public override RenderedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An answer's data is only written.");

    public override void Write(Utf8JsonWriter writer, RenderedData value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
}
