using Xunit;

namespace RelationsGraph.Api.Tests.Answers;

/// <summary>Provinces created by the 2025 merger answer with what they inherited; former provinces name their successor.</summary>
public sealed class SuccessorTests(AnswersApi api)
{
    [Fact]
    public async Task A_merged_province_answers_with_the_partnerships_it_inherited_without_any_option()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { bacNinh: province(name: "Bac Ninh") { id partners { partner { id } inheritedFrom { id } successor { id } } }
              quangTri: province(name: "Quang Tri") { id partners(minConfidence: 0.5) { partner { id } inheritedFrom { id } } } }
            """);

        Assert.Equal("VN-2025-BAC-NINH", data["bacNinh"]!["id"].Text());
        var xaisomboun = Assert.Single(data["bacNinh"]!["partners"].Array());
        Assert.Equal("LA-XS", xaisomboun!["partner"]!["id"].Text());
        Assert.Equal(["VN-54"], xaisomboun["inheritedFrom"].Strings("id"));
        Assert.Null(xaisomboun["successor"]);
        Assert.Equal("VN-2025-QUANG-TRI", data["quangTri"]!["id"].Text());
        var savannakhet = Assert.Single(data["quangTri"]!["partners"].Array(), p => p!["partner"]!["id"].Text() == "LA-SV");
        Assert.Equal(["VN-24", "VN-25"], savannakhet!["inheritedFrom"].Strings("id"));
    }

    [Fact]
    public async Task A_former_province_answers_with_its_own_partnerships_and_names_its_successor()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Bac Giang") { id validTo successors { province { id } } partners { partner { id } inheritedFrom { id } successor { id name } } }
              savannakhet: province(name: "Savannakhet") { partners(minConfidence: 0.5) { partner { id } partnerSuccessor { id } } } }
            """);

        var partnership = Assert.Single(data["province"]!["partners"].Array());
        Assert.Equal("LA-XS", partnership!["partner"]!["id"].Text());
        Assert.Empty(partnership["inheritedFrom"].Array());
        Assert.Equal("VN-2025-BAC-NINH", partnership["successor"]!["id"].Text());
        Assert.All(data["savannakhet"]!["partners"].Array(), p => Assert.Equal("VN-2025-QUANG-TRI", p!["partnerSuccessor"]!["id"].Text()));
    }

    [Fact]
    public async Task The_options_still_give_the_other_views()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Bac Ninh") {
                own: partners(rollUpPredecessors: false) { partner { id } }
                rolled: partners(rollUpPredecessors: true) { partner { id } inheritedFrom { id } } }
              xaisomboun: province(name: "Xaisomboun") { after: partners(asOf: "2025-09-01") { partner { id } inheritedFrom { id } } } }
            """);

        Assert.Empty(data["province"]!["own"].Array());
        Assert.Equal(["LA-XS"], data["province"]!["rolled"].Array().Select(p => p!["partner"]!["id"].Text()));
        Assert.Equal(["VN-2025-BAC-NINH"], data["xaisomboun"]!["after"].Array().Select(p => p!["partner"]!["id"].Text()));
    }
}
