using System.Text;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Documents;

public sealed class FileReadTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(300)]
    public async Task A_file_is_read_whole_whatever_its_size(int paragraphs)
    {
        var text = new StringBuilder("Tỉnh Quảng Trị và tỉnh Savannakhet ký biên bản ghi nhớ hợp tác\n\n");
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Đoạn {i}: hai tỉnh thống nhất tăng cường hợp tác trong các lĩnh vực giáo dục, y tế và thương mại.\n\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var file = _directory.File("article.txt");
        await File.WriteAllBytesAsync(file, bytes, TestContext.Current.CancellationToken);

        var fromFile = await DocumentReader.ReadAsync(file, new DocumentReaderOptions(), TestContext.Current.CancellationToken);
        var fromBytes = DocumentReader.Read(bytes, "article.txt", new DocumentReaderOptions());

        Assert.Equal(fromBytes.ContentHash, fromFile.ContentHash);
        Assert.Equal(fromBytes.Text, fromFile.Text);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit_named()
    {
        var file = _directory.File("big.txt");
        await File.WriteAllTextAsync(file, new string('a', 5000) + "\n", TestContext.Current.CancellationToken);

        var failure = await Assert.ThrowsAsync<DocumentReadException>(() => DocumentReader.ReadAsync(file, new DocumentReaderOptions { MaxBytes = 4096 }, TestContext.Current.CancellationToken));

        Assert.Contains("size limit", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
