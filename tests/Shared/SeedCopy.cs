namespace RelationsGraph.Testing;

/// <summary>A private copy of the tests' own graph-seed (<see cref="TestSeed"/>) that a test may break or grow.</summary>
internal sealed class SeedCopy : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SeedCopy()
    {
        Path = System.IO.Path.Combine(_directory.Path, "graph-seed");
        Directory.CreateDirectory(Path);
        TestSeed.CopyTo(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> in a seed file, failing if it is absent.</summary>
    public void Replace(string fileName, string oldText, string newText)
    {
        var path = File(fileName);
        var content = System.IO.File.ReadAllText(path);
        var index = content.IndexOf(oldText, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{oldText}' is not in {fileName}");
        }

        System.IO.File.WriteAllText(path, string.Concat(content.AsSpan(0, index), newText, content.AsSpan(index + oldText.Length)));
    }

    public void Append(string fileName, string line) => System.IO.File.AppendAllText(File(fileName), line + "\n");

    public void Dispose() => _directory.Dispose();
}
