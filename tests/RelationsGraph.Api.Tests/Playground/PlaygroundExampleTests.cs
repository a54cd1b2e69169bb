using System.Text.Json;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Playground;

/// <summary>Every example the playground opens with runs against the real schema without errors and finds data.</summary>
public sealed class PlaygroundExampleTests(ApiServer server)
{
    public static TheoryData<string> Examples() => [.. ExampleFiles()];

    /// <summary>The example files in the order the playground opens them as tabs.</summary>
    public static IReadOnlyList<string> ExampleFiles()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "src", "web", "playground", "examples");
        return [.. Directory.EnumerateFiles(directory, "*.graphql").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];
    }

    /// <summary>An example's query and its variables, when it has a .variables.json beside it.</summary>
    public static async Task<(string Query, Dictionary<string, object>? Variables)> ReadAsync(string fileName)
    {
        var directory = Path.Combine(RepositoryPaths.Root, "src", "web", "playground", "examples");
        var query = await File.ReadAllTextAsync(Path.Combine(directory, fileName), TestContext.Current.CancellationToken);
        var variablesPath = Path.Combine(directory, Path.ChangeExtension(fileName, ".variables.json"));
        var variables = File.Exists(variablesPath)
            ? JsonSerializer.Deserialize<Dictionary<string, object>>(await File.ReadAllTextAsync(variablesPath, TestContext.Current.CancellationToken))
            : null;
        return (query, variables);
    }

    /// <summary>The operation's name, which GraphiQL shows as the example's tab name.</summary>
    public static string OperationName(string fileName)
    {
        var query = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "web", "playground", "examples", fileName));
        var match = System.Text.RegularExpressions.Regex.Match(query, @"^query\s+(\w+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"{fileName} has no named operation.");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_runs_without_errors_and_returns_data(string fileName)
    {
        var (query, variables) = await ReadAsync(fileName);
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync(query, variables);

        Assert.StartsWith("# ", query, StringComparison.Ordinal);
        Assert.InRange(OperationName(fileName).Length, 1, 12);
        var firstField = data.AsObject().First().Value;
        Assert.True(firstField is System.Text.Json.Nodes.JsonArray { Count: > 0 } or System.Text.Json.Nodes.JsonObject, $"{fileName} returned no data: {data.ToJsonString()}");
    }
}
