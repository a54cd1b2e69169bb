using System.Diagnostics;
using System.Text.Json;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("extract")]
    [InlineData("extract", "--no-such-option", "x.txt")]
    [InlineData("validate", "a", "b")]
    public async Task A_command_line_that_does_not_parse_exits_2_with_an_error_line(params string[] args)
    {
        var run = await LoaderRun.StartAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'relationsgraph-loader --help' for usage.", run.ErrorLines[^1]);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task No_command_exits_2()
    {
        var run = await LoaderRun.StartAsync();

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Json_output_is_the_facts_document_and_nothing_else()
    {
        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("004"), TestPaths.Seed("000"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.OutputBytes);
        Assert.Equal(["documents", "relations"], json.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.False(run.OutputBytes.AsSpan().StartsWith("\uFEFF"u8));
        Assert.DoesNotContain((byte)'\r', run.OutputBytes);
        Assert.Contains("relation(s) from 2 document(s) read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_loader_process_keeps_standard_output_clean_and_logs_to_standard_error()
    {
        var loader = Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Loader.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { loader, "extract", TestPaths.Seed("002"), "missing-file.txt", "--json", "--gazetteer", RepositoryPaths.GraphSeed },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        using var json = JsonDocument.Parse(await output);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Contains("error: missing-file.txt: no such file or folder", await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_json_each_relation_is_summarised_on_one_line()
    {
        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("001"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "minutes 2022-2024: Xieng Khouang (LA-XI) – Son La (VN-05) [provincial_government, confidence 0.95]",
            Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Output_file_holds_the_same_json_as_standard_output()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("facts.json");

        var toFile = await LoaderRun.StartAsync("extract", TestPaths.Seed("002"), "--output", file);
        var toOutput = await LoaderRun.StartAsync("extract", TestPaths.Seed("002"), "--json");

        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal(toOutput.OutputBytes, await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.Single(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public async Task Text_command_prints_the_text_evidence_offsets_point_into()
    {
        var run = await LoaderRun.StartAsync("text", TestPaths.Seed("000"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(TestPaths.Seed("000"), TestContext.Current.CancellationToken), run.Output);
    }
}
