using RelationsGraph.Extraction.FactsJson;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>A large batch's facts JSON goes to its destination as it is written, never held whole in memory first.</summary>
public sealed class FactsJsonStreamingTests
{
    [Fact]
    public async Task Large_facts_reach_the_destination_in_bounded_writes()
    {
        var (facts, _) = await Extracted.FromAsync(RepositoryPaths.SourceDocuments, TestPaths.TunedCorpus, TestPaths.HeldOutCorpus);
        var destination = new WriteRecordingStream();

        await FactsJsonWriter.WriteAsync(facts, await Extracted.NamesAsync(), destination, TestContext.Current.CancellationToken);

        Assert.True(destination.Length > 128 * 1024, $"the corpus should give more than two flushes of output, got {destination.Length} bytes");
        Assert.True(destination.Writes.Count >= 3, $"expected the output in several writes, got {destination.Writes.Count}");
        Assert.All(destination.Writes, size => Assert.InRange(size, 1, 96 * 1024));
    }

    private sealed class WriteRecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes.Add(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Writes.Add(count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }
    }
}
