using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// graphql-dotnet's System.Text.Json serializer (its converters, encoder and error info provider) that can also
/// write an answer straight into a buffer and read a request from bytes already in memory, synchronously: a stream
/// and its async machinery would only add copies when everything is in memory.
/// </summary>
internal sealed class AnswerSerializer(IErrorInfoProvider errorInfoProvider) : GraphQLSerializer(errorInfoProvider)
{
    private bool? _plainScalars;
    private DataOnlyEnvelope? _dataOnly;

    /// <summary>The options every value of an answer is written with.</summary>
    public JsonSerializerOptions Options => SerializerOptions;

    /// <summary>Whether JSON written apart (<see cref="RenderedData"/>) can be embedded as it is: not when indenting.</summary>
    public bool CanEmbedJson => !SerializerOptions.WriteIndented;

    /// <summary>Whether strings, whole numbers and booleans are written as the writer writes them (no converter of ours).</summary>
    public bool WritesPlainScalars => _plainScalars ??= SerializerOptions.NumberHandling == JsonNumberHandling.Strict
        && !SerializerOptions.Converters.Any(converter => converter.CanConvert(typeof(string)) || converter.CanConvert(typeof(int)) || converter.CanConvert(typeof(bool)));

    /// <summary>The bytes this serializer writes before the data of an answer that holds nothing else.</summary>
    public ReadOnlyMemory<byte> DataOnlyOpening => DataOnly.Opening;

    /// <summary>
    /// The whole answer when it holds its data alone, already written after <see cref="DataOnlyOpening"/>: completed in
    /// place, byte for byte what <see cref="Write{T}"/> would write, without a second pass over the data or a copy; null
    /// when the answer has more (errors, extensions) or its data is not written yet, and must be serialised.
    /// </summary>
    /// <exception cref="Http.ResponseTooLargeException">The completed answer is larger than the response size limit.</exception>
    public ReadOnlyMemory<byte>? TryCompleteDataOnly(ExecutionResult result)
    {
        if (result is { Executed: true, Data: RenderedData data, Errors: null or { Count: 0 }, Extensions: null or { Count: 0 } })
        {
            return data.CompleteWith(DataOnly.Closing.Span);
        }

        // Not `cond ? memory : null`: that null would become an empty memory through the conversion from byte[].
        return null;
    }

    /// <summary>A response name as the answer writes it as a property: the naming policy applied, escaped by the encoder.</summary>
    public JsonEncodedText EncodePropertyName(string name) =>
        JsonEncodedText.Encode(SerializerOptions.PropertyNamingPolicy?.ConvertName(name) ?? name, SerializerOptions.Encoder);

    public void Write<T>(IBufferWriter<byte> destination, T value)
    {
        using var writer = CreateWriter(destination);
        JsonSerializer.Serialize(writer, value, SerializerOptions);
    }

    /// <summary>A JSON writer with the answer's encoder and layout.</summary>
    public Utf8JsonWriter CreateWriter(IBufferWriter<byte> destination)
    {
        var options = SerializerOptions;
        return new Utf8JsonWriter(destination, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        });
    }

    public T? Read<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, SerializerOptions);

    private DataOnlyEnvelope DataOnly => _dataOnly ??= DataOnlyEnvelope.Of(this);

    /// <summary>What this serializer writes around the data of an answer that holds nothing else, found by writing one.</summary>
    private sealed record DataOnlyEnvelope(ReadOnlyMemory<byte> Opening, ReadOnlyMemory<byte> Closing)
    {
        public static DataOnlyEnvelope Of(AnswerSerializer serializer)
        {
            var marker = "\"relationsgraph-data\""u8;
            var probe = new Http.AnswerBuffer(int.MaxValue, CancellationToken.None, initialSize: 64);
            probe.Write(marker);
            using var data = new RenderedData(probe, 0);
            var written = new ArrayBufferWriter<byte>();
            serializer.Write(written, new ExecutionResult { Executed = true, Data = data });
            var answer = written.WrittenMemory;
            var at = answer.Span.IndexOf(marker);
            return new DataOnlyEnvelope(answer[..at], answer[(at + marker.Length)..]);
        }
    }
}
