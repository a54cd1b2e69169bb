using System.Buffers;
using System.Text.Json;
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
    public void Write<T>(IBufferWriter<byte> destination, T value)
    {
        var options = SerializerOptions;
        using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        });
        JsonSerializer.Serialize(writer, value, options);
    }

    public T? Read<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, SerializerOptions);
}
