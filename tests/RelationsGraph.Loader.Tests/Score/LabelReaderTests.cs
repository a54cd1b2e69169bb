using System.Text;
using RelationsGraph.Loader.Score;
using RelationsGraph.Loader.Tests.Extraction;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Score;

public sealed class LabelReaderTests
{
    [Fact]
    public async Task Every_committed_label_of_the_development_corpus_is_valid()
    {
        var seed = await Extracted.SeedAsync();
        var provinces = new UnitProvinces(seed);
        var fields = seed.Fields.Select(field => field.Code).ToHashSet();
        var problems = new List<string>();

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "dev-corpus", "labels"), "*.json"))
        {
            try
            {
                await LabelReader.ReadAsync(file, provinces, fields, TestContext.Current.CancellationToken);
            }
            catch (LabelFileException exception)
            {
                problems.AddRange(exception.Errors.Select(error => $"{Path.GetFileName(file)}: {error}"));
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_label_becomes_scored_events_with_a_session_dated_by_its_meeting_and_blank_texts_left_out()
    {
        var seed = await Extracted.SeedAsync();
        var json = """
            {
              "id": "en-007-session", "url": "https://example.com/a", "publisher": "P", "title": "T", "language": "en",
              "publishedOn": null, "contentHash": "sha256:0000000000000000000000000000000000000000000000000000000000000000",
              "note": "a note of our own on the whole file",
              "events": [
                {
                  "kind": "session", "status": "concluded", "background": false,
                  "parties": [ { "unit": "VN-04", "level": "provincial_government" }, { "unit": "VN-09", "level": "provincial_government" }, { "unit": "CN-GX", "level": "provincial_government" } ],
                  "session": { "mechanism": "JWC", "ordinal": 13, "heldOn": "2022-02-25", "mode": "online" },
                  "people": [ { "name": "A", "title": "", "unit": "VN-04", "role": "attendee" } ],
                  "pledges": [ { "kind": "equipment", "giver": "CN-GX", "receiver": "VN-04", "years": 2022 } ]
                }
              ]
            }
            """;

        var label = LabelReader.Read("en-007-session.json", Encoding.UTF8.GetBytes(json), new UnitProvinces(seed), seed.Fields.Select(field => field.Code).ToHashSet());

        var session = Assert.Single(label.Events);
        Assert.True(session.MakesPartnership);
        Assert.Equal(new DateOnly(2022, 2, 25), session.Date);
        Assert.Equal([new UnitPair("VN-04", "CN-GX"), new UnitPair("VN-09", "CN-GX")], UnitPair.Sorted(session.Pairs));
        Assert.Equal(new ScoredPledge(Facts.CommitmentKind.Equipment, "CN-GX", "VN-04"), Assert.Single(session.Pledges));
    }
}
