using System.Diagnostics;
using System.Text.Json;
using RelationsGraph.Testing;

namespace RelationsGraph.Tests.Neo4j;

/// <summary>Neo4j's own linter (npm @neo4j-cypher/language-support, lintCypherQuery), run through tools/cypher-lint.</summary>
internal static class CypherLinter
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static readonly JsonSerializerOptions ResultOptions = new() { PropertyNameCaseInsensitive = true };

    public static string ToolDirectory => Path.Combine(RepositoryPaths.Root, "tools", "cypher-lint");

    /// <summary>Lints every statement, its parameters declared with the given names; returns the diagnostics of each.</summary>
    public static async Task<IReadOnlyList<LintResult>> LintAsync(IEnumerable<LintInput> statements, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        var input = JsonSerializer.Serialize(statements.Select(statement => new
        {
            name = statement.Name,
            query = statement.Query,
            parameters = statement.Parameters.ToDictionary(name => name, _ => (object)"declared"),
        }));
        var (exitCode, output, error) = await RunAsync("node", ["lint.mjs"], input, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"The Cypher linter failed ({exitCode}): {error}");
        }

        return JsonSerializer.Deserialize<List<LintResult>>(output, ResultOptions)!;
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(Path.Combine(ToolDirectory, "node_modules", "@neo4j-cypher", "language-support", "package.json")))
            {
                var (exitCode, _, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], null, cancellationToken);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException("npm ci in tools/cypher-lint failed: " + error);
                }
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string[] arguments, string? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}

internal sealed record LintInput(string Name, string Query, IReadOnlyCollection<string> Parameters);

internal sealed record LintResult(string Name, List<LintDiagnostic> Diagnostics);

internal sealed record LintDiagnostic(int Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{(Severity == 1 ? "error" : "warning")} at {Line}:{Column}: {Message}";
}
