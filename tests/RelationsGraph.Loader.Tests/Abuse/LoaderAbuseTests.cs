using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Abuse;

/// <summary>
/// Each hostile file of issue 12 is sent to the loader process, and what it may cost is asserted: the exit code, an
/// error line naming the file and the reason, processor time, peak memory, and a whole, valid output holding the good
/// files' facts. The bounds are generous (the machine is shared); the unguarded loader exceeded each of them by far:
/// an out-of-memory crash, 12 GB, minutes of processor time, or a run that never ends.
/// </summary>
public sealed class LoaderAbuseTests : IDisposable
{
    private const long MemoryBound = 1024L * 1024 * 1024;
    private static readonly TimeSpan ProcessorBound = TimeSpan.FromSeconds(30);

    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task A_docx_zip_bomb_is_refused_by_what_it_unpacks_to()
    {
        var bomb = _directory.File("bomb.docx");
        await File.WriteAllBytesAsync(bomb, HostileFiles.DocxBomb(1L << 30), TestContext.Current.CancellationToken);

        var run = await LoaderProcess.RunAsync(null, "extract", bomb, "--json");

        AssertRefused(run, "bomb.docx", "the DOCX unpacks to more than the limit of 64 MB");
        Assert.True(new FileInfo(bomb).Length < 3 * 1024 * 1024);
    }

    [Fact]
    public async Task A_docx_whose_zip_headers_understate_its_size_is_refused_while_unpacking()
    {
        var bomb = _directory.File("liar.docx");
        await File.WriteAllBytesAsync(bomb, HostileFiles.DocxBombWithLyingHeader(256L << 20), TestContext.Current.CancellationToken);

        var run = await LoaderProcess.RunAsync(null, "extract", bomb, "--json");

        AssertRefused(run, "liar.docx", "DOCX");
    }

    [Fact]
    public async Task A_docx_of_millions_of_paragraphs_is_refused_by_its_paragraph_count()
    {
        var file = _directory.File("paragraphs.docx");
        await File.WriteAllBytesAsync(file, HostileFiles.DocxParagraphs(2_000_000), TestContext.Current.CancellationToken);

        var run = await LoaderProcess.RunAsync(null, "extract", file, "--json");

        AssertRefused(run, "paragraphs.docx", "the DOCX has more than the limit of 100,000 paragraphs");
    }

    [Fact]
    public async Task Html_nested_100000_deep_is_refused_before_it_is_parsed()
    {
        var file = _directory.File("deep.html");
        await File.WriteAllTextAsync(file, HostileFiles.DeepHtml(100_000), TestContext.Current.CancellationToken);

        var run = await LoaderProcess.RunAsync(null, "extract", file, "--json");

        AssertRefused(run, "deep.html", "the HTML nests elements deeper than the limit of 256");
    }

    [Fact]
    public async Task A_pdf_deflate_bomb_is_refused_before_pdfpig_decodes_it()
    {
        var file = _directory.File("bomb.pdf");
        await File.WriteAllBytesAsync(file, HostileFiles.PdfBomb(1L << 30), TestContext.Current.CancellationToken);

        var run = await LoaderProcess.RunAsync(null, "extract", file, "--json");

        AssertRefused(run, "bomb.pdf", "the PDF's compressed streams unpack to more than the limit of 64 MB");
    }

    [Fact]
    public async Task Megabytes_of_repeated_relation_sentences_are_extracted_in_near_linear_time()
    {
        var file = _directory.File("repeated.txt");
        await File.WriteAllTextAsync(file, HostileFiles.RepeatedRelations(3 * 1024 * 1024), TestContext.Current.CancellationToken);

        var run = await LoaderProcess.RunAsync(null, "extract", file, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.ProcessorTime < ProcessorBound, run.ToString());
        Assert.True(run.PeakWorkingSet < MemoryBound, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(4, json.RootElement.GetProperty("relations").GetArrayLength());
    }

    [Fact]
    public async Task A_batch_mixing_good_and_hostile_files_writes_the_good_files_facts_whole_and_names_each_bad_one()
    {
        var folder = Path.Combine(_directory.Path, "batch");
        Directory.CreateDirectory(folder);
        File.Copy(TestPaths.Seed("000"), Path.Combine(folder, "good-000.txt"));
        File.Copy(TestPaths.Seed("002"), Path.Combine(folder, "good-002.txt"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "good.docx"), HostileFiles.Docx("Tỉnh Sơn La và tỉnh Xiêng Khoảng ký biên bản hợp tác giai đoạn 2022-2024 ngày 16/8/2022."), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "bomb.docx"), HostileFiles.DocxBomb(1L << 30), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "paragraphs.docx"), HostileFiles.DocxParagraphs(2_000_000), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "deep.html"), HostileFiles.DeepHtml(100_000), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(folder, "bomb.pdf"), HostileFiles.PdfBomb(1L << 30), TestContext.Current.CancellationToken);
        await MakeFifoAsync(Path.Combine(folder, "pipe.txt"));
        var output = _directory.File("facts.json");
        await File.WriteAllTextAsync(output, "the previous run's facts", TestContext.Current.CancellationToken);

        var run = await LoaderProcess.RunAsync(null, "extract", folder, "--json", "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.True(run.ProcessorTime < ProcessorBound, run.ToString());
        Assert.True(run.PeakWorkingSet < MemoryBound, run.ToString());
        var errors = run.ErrorLines.Where(line => line.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, errors.Count);
        AssertNamed(errors, "bomb.docx", "unpacks to more than");
        AssertNamed(errors, "paragraphs.docx", "paragraphs");
        AssertNamed(errors, "deep.html", "nests elements deeper");
        AssertNamed(errors, "bomb.pdf", "unpack to more than");
        AssertNamed(errors, "pipe.txt", "not a regular file");
        Assert.Contains("from 3 document(s) read; 5 failed.", run.Error, StringComparison.Ordinal);
        var written = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(run.Output, written);
        using var json = JsonDocument.Parse(written);
        var files = json.RootElement.GetProperty("documents").EnumerateArray().Select(document => document.GetProperty("file").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["good-000.txt", "good-002.txt", "good.docx"], files);
        Assert.Contains(json.RootElement.GetProperty("relations").EnumerateArray(), relation => relation.GetProperty("id").GetString()!.StartsWith("son-la-xieng-khouang", StringComparison.Ordinal));
        Assert.Single(Directory.EnumerateFileSystemEntries(_directory.Path, "*.json"));
    }

    [Fact]
    public async Task Symbolic_links_are_followed_once_and_a_loop_is_reported_once()
    {
        var folder = Path.Combine(_directory.Path, "linked");
        var sub = Path.Combine(folder, "sub");
        Directory.CreateDirectory(sub);
        File.Copy(TestPaths.Seed("001"), Path.Combine(sub, "article.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "same-article.txt"), Path.Combine("sub", "article.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder, "twin"), "sub");

        var run = await LoaderProcess.RunAsync(null, "extract", folder, Path.Combine(folder, "twin", "article.txt"), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.ProcessorTime < ProcessorBound, run.ToString());
        var warnings = run.ErrorLines.Where(line => line.StartsWith("warning: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                $"warning: {Path.Combine(folder, "self")}: a symbolic link loop (it leads back to {folder}); not followed",
                $"warning: {Path.Combine(sub, "up")}: a symbolic link loop (it leads back to {folder}); not followed",
            ],
            warnings);
        Assert.Contains("from 1 document(s) read; 0 failed.", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task Entries_that_cannot_be_read_even_by_root_are_errors_naming_them()
    {
        var folder = Path.Combine(_directory.Path, "unreadable");
        Directory.CreateDirectory(folder);
        File.Copy(TestPaths.Seed("001"), Path.Combine(folder, "good.txt"));
        await MakeFifoAsync(Path.Combine(folder, "pipe.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "broken.txt"), "vanished.txt");
        File.CreateSymbolicLink(Path.Combine(folder, "loop.txt"), "loop.txt");
        Directory.CreateSymbolicLink(Path.Combine(folder, "gone"), "vanished-folder");
        var missing = Path.Combine(_directory.Path, "no-such-folder");

        var run = await LoaderProcess.RunAsync(null, "extract", folder, missing, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var errors = run.ErrorLines.Where(line => line.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, errors.Count);
        AssertNamed(errors, "pipe.txt", "not a regular file");
        AssertNamed(errors, "broken.txt", "a broken symbolic link (to vanished.txt)");
        AssertNamed(errors, "loop.txt", "a loop of symbolic links");
        AssertNamed(errors, "gone", "a broken symbolic link (to vanished-folder)");
        AssertNamed(errors, "no-such-folder", "no such file or folder");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_folder_and_a_file_without_read_permission_are_errors_naming_them()
    {
        var folder = Path.Combine(_directory.Path, "permissions");
        var locked = Path.Combine(folder, "locked");
        Directory.CreateDirectory(locked);
        File.Copy(TestPaths.Seed("001"), Path.Combine(folder, "good.txt"));
        File.Copy(TestPaths.Seed("002"), Path.Combine(locked, "inside.txt"));
        var secret = Path.Combine(folder, "secret.txt");
        File.Copy(TestPaths.Seed("000"), secret);
        File.SetUnixFileMode(secret, UnixFileMode.None);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            if (CanStillRead(secret))
            {
                Assert.Skip("Running as root, which reads files and folders of mode 000; the pipe, broken-link and link-loop cases cover unreadable entries for root.");
            }

            var run = await LoaderProcess.RunAsync(null, "extract", folder, "--json");

            Assert.True(run.ExitCode == 1, run.ToString());
            var errors = run.ErrorLines.Where(line => line.StartsWith("error: ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, errors.Count);
            AssertNamed(errors, "locked", "the folder cannot be read");
            AssertNamed(errors, "secret.txt", "the file cannot be read");
            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public void Dispose() => _directory.Dispose();

    private static void AssertRefused(LoaderProcess run, string file, string reason)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        var error = Assert.Single(run.ErrorLines, line => line.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains(file + ": ", error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.True(run.ProcessorTime < ProcessorBound, run.ToString());
        Assert.True(run.PeakWorkingSet < MemoryBound, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(0, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    private static void AssertNamed(List<string> errors, string file, string reason)
    {
        var line = Assert.Single(errors, line => line.Contains(Path.DirectorySeparatorChar + file + ": ", StringComparison.Ordinal));
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    private static async Task MakeFifoAsync(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })
            ?? throw new InvalidOperationException("mkfifo could not be started");
        await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static bool CanStillRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
