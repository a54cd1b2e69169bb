using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Documents;

/// <summary>Bad input never stops the batch: each bad file gives one error line naming it, the rest is processed, exit 1.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Each_bad_file_gives_one_error_line_naming_it_and_the_good_files_are_still_read()
    {
        var folder = Path.Combine(_directory.Path, "batch");
        Directory.CreateDirectory(folder);
        File.Copy(TestPaths.Seed("000"), Path.Combine(folder, "good-000.txt"));
        File.Copy(TestPaths.Seed("002"), Path.Combine(folder, "good-002.txt"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.txt"), [], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "huge.txt"), new string('x', 30_000), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "tcvn3.txt"), LegacyBytes.Tcvn3, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "vni.txt"), LegacyBytes.Vni, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "cp1258.txt"), LegacyBytes.Windows1258, TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("extract", folder, "--json", "--max-bytes", "20000");

        Assert.Equal(1, run.ExitCode);
        var errors = run.ErrorLines.Where(line => line.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, errors.Count);
        Assert.Equal(errors.Order(StringComparer.Ordinal), errors);
        AssertError(errors, "binary.txt", "binary file");
        AssertError(errors, "corrupt.pdf", "PDF");
        AssertError(errors, "empty.txt", "the file is empty");
        AssertError(errors, "huge.txt", "over the size limit of 19.5 KB");
        AssertError(errors, "tcvn3.txt", "legacy TCVN3 (ABC) encoding");
        AssertError(errors, "vni.txt", "legacy VNI encoding");
        AssertError(errors, "cp1258.txt", "legacy Windows-1258 encoding");
        using var json = System.Text.Json.JsonDocument.Parse(run.OutputBytes);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Contains("; 7 failed.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_file_is_written_whole_even_when_some_inputs_fail()
    {
        var file = _directory.File("facts.json");
        var empty = _directory.File("empty.txt");
        await File.WriteAllBytesAsync(empty, [], TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("001"), empty, "--output", file);

        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.Equal(1, json.RootElement.GetProperty("relations").GetArrayLength());
    }

    [Fact]
    public async Task An_output_file_that_cannot_be_completed_is_not_written_at_all()
    {
        var file = _directory.File("facts.json");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Extract.AtomicFile.WriteAsync(
            file,
            async stream =>
            {
                await stream.WriteAsync("{\"documents\": ["u8.ToArray(), TestContext.Current.CancellationToken);
                throw new InvalidOperationException("the writer failed half-way");
            },
            TestContext.Current.CancellationToken));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory.Path));
    }

    public void Dispose() => _directory.Dispose();

    private static void AssertError(List<string> errors, string file, string reason)
    {
        var line = Assert.Single(errors, line => line.Contains(file, StringComparison.Ordinal));
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }
}
