using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    /// <summary>The options every value of an answer is written with.</summary>
    public JsonSerializerOptions Options => SerializerOptions;

    /// <summary>Whether JSON written apart (<see cref="RenderedData"/>) can be embedded as it is: not when indenting.</summary>
    public bool CanEmbedJson => !SerializerOptions.WriteIndented;

    /// <summary>Whether strings, whole numbers and booleans are written as the writer writes them (no converter of ours).</summary>
    public bool WritesPlainScalars => _plainScalars ??= SerializerOptions.NumberHandling == JsonNumberHandling.Strict
        && !SerializerOptions.Converters.Any(converter => converter.CanConvert(typeof(string)) || converter.CanConvert(typeof(int)) || converter.CanConvert(typeof(bool)));

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
}
