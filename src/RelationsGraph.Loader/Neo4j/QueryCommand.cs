using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Neo4j;
using Spectre.Console;

namespace RelationsGraph.Loader.Neo4j;

/// <summary>
/// <c>query [NAME] [--param name=value]... [--format table|csv]</c>: runs a query of the analysts' notebook
/// (cypher/queries/NAME.cypher) against Neo4j and prints its rows. Without a name it lists the notebook.
/// Parameters not given take the example value the query documents.
/// </summary>
public sealed class QueryCommand(Neo4jConfiguration neo4j, Lazy<Neo4jQueryClient> client, LoaderConsole console) : ILoaderCommand
{
    /// <summary>The notebook copied beside the loader (cypher/queries in the repository).</summary>
    public static string NotebookDirectory => Path.Combine(AppContext.BaseDirectory, "cypher", "queries");

    public Command Create()
    {
        var name = new Argument<string?>("NAME") { Description = "The query's file name without .cypher (omit to list the notebook)", Arity = ArgumentArity.ZeroOrOne };
        var parameters = new Option<string[]>("--param", "-p") { Description = "A parameter as name=value (repeatable)", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "table or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("query", "Run a query of the analysts' notebook (cypher/queries) against Neo4j") { name, parameters, format };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(name), parse.GetValue(parameters) ?? [], parse.GetValue(format)!, cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(string? name, string[] parameters, string format, CancellationToken cancellationToken)
    {
        var notebook = await ReadNotebookAsync(cancellationToken);
        if (name is null)
        {
            foreach (var query in notebook)
            {
                var arguments = string.Join(' ', query.Parameters.Select(parameter => $"-p {parameter.Name}={Describe(parameter.Example)}"));
                await console.Out.WriteLineAsync($"{query.Name}  {arguments}\n    {query.Question}");
            }

            return ExitCodes.Ok;
        }

        var selected = notebook.FirstOrDefault(query => query.Name == name);
        if (selected is null)
        {
            await console.Error.WriteLineAsync($"error: there is no query '{name}' in the notebook; run 'query' without a name to list them.");
            return ExitCodes.Usage;
        }

        CypherStatement statement;
        try
        {
            statement = selected.Bind(ParseParameters(parameters));
        }
        catch (ArgumentException exception)
        {
            await console.Error.WriteLineAsync("error: " + exception.Message);
            return ExitCodes.Usage;
        }

        if (!await neo4j.EnsureConfiguredAsync())
        {
            return ExitCodes.SomeInputsFailed;
        }

        QueryResult result;
        try
        {
            result = await client.Value.RunAsync(statement, cancellationToken);
        }
        catch (Exception exception) when (exception is Neo4jException or HttpRequestException or TimeoutException)
        {
            await console.Error.WriteLineAsync("error: " + Neo4jConfiguration.Describe(exception));
            return ExitCodes.SomeInputsFailed;
        }

        if (format == "csv")
        {
            await WriteCsvAsync(result, cancellationToken);
        }
        else
        {
            WriteTable(result);
        }

        return ExitCodes.Ok;
    }

    public static async Task<IReadOnlyList<NotebookQuery>> ReadNotebookAsync(CancellationToken cancellationToken)
    {
        var queries = new List<NotebookQuery>();
        foreach (var file in Directory.GetFiles(NotebookDirectory, "*.cypher").Order(StringComparer.Ordinal))
        {
            queries.Add(NotebookQuery.Parse(Path.GetFileNameWithoutExtension(file), await File.ReadAllTextAsync(file, cancellationToken)));
        }

        return queries;
    }

    private static Dictionary<string, string> ParseParameters(string[] parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var separator = parameter.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new ArgumentException($"--param takes name=value, not '{parameter}'.");
            }

            values[parameter[..separator]] = parameter[(separator + 1)..];
        }

        return values;
    }

    private async Task WriteCsvAsync(QueryResult result, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(console.OpenOutput(), new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        writer.WriteHeader([.. result.Fields]);
        foreach (var row in result.Rows)
        {
            writer.WriteRecord([.. row.Select(value => Render(value, forCsv: true))]);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private void WriteTable(QueryResult result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var field in result.Fields)
        {
            table.AddColumn(new TableColumn(Markup.Escape(field)));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow([.. row.Select(value => new Text(Render(value, forCsv: false) ?? string.Empty))]);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        terminal.Write(table);
        terminal.WriteLine($"{result.Rows.Count} row(s)");
    }

    private static string? Render(JsonElement value, bool forCsv) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array when !forCsv => string.Join(", ", value.EnumerateArray().Select(item => Render(item, forCsv))),
        _ => value.GetRawText(),
    };

    private static string Describe(object? example) => example switch
    {
        string text => text.Contains(' ', StringComparison.Ordinal) ? $"\"{text}\"" : text,
        null => "null",
        _ => Convert.ToString(example, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
