using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Snapshots;

/// <summary>The GraphQL schema is a public contract: any change to it must be accepted deliberately.</summary>
public sealed class SchemaSnapshotTests(ApiServer server)
{
    [Fact]
    public async Task Schema_matches_the_verified_snapshot()
    {
        var sdl = await ReadSchemaAsync();

        SnapshotAssert.Matches(RepositoryPaths.Snapshots("RelationsGraph.Api.Tests"), "schema.graphql", sdl);
    }

    [Fact]
    public async Task Province_entry_point_has_exactly_the_agreed_signature()
    {
        var field = QueryField(await ReadSchemaAsync(), "province");

        Assert.Equal(["name: String!"], Arguments(field));
        Assert.Equal("Province", Print(field.Type));
    }

    [Fact]
    public async Task Provinces_with_several_partners_entry_point_keeps_the_agreed_signature_and_only_adds_optional_arguments()
    {
        var field = QueryField(await ReadSchemaAsync(), "provincesWithSeveralPartners");

        var arguments = Arguments(field);
        Assert.Equal(["country: String!", "partnerCountry: String!", "minPartners: Int = 2", "asOf: Date", "levels: [PartyLevel!]"], arguments.Take(5));
        Assert.Equal(["minConfidence: Float = 0.7", "kinds: [InstrumentKind!]", "includeUnreviewed: Boolean = false"], arguments.Skip(5));
        Assert.Equal("[ProvincePartners!]!", Print(field.Type));
    }

    [Fact]
    public async Task Contract_types_have_the_agreed_fields()
    {
        var document = Parser.Parse(await ReadSchemaAsync());

        AssertFields(document, "Province", "id: ID!", "name: String!", "nameVi: String", "country: Country!");
        AssertFields(document, "Country", "code: ID!", "name: String!");
        AssertFields(document, "ProvincePartners", "province: Province!", "partnerCount: Int!", "partners: [Partnership!]!");
        AssertFields(document, "Partnership", "partner: Province!", "instruments: [Instrument!]!");
        AssertFields(document, "Instrument", "kind: InstrumentKind!", "title: String!", "signedOn: Date", "periodStart: Int", "periodEnd: Int", "evidence: [Evidence!]!");
        AssertFields(document, "Evidence", "document: Document!", "start: Int!", "end: Int!");
        AssertFields(document, "Document", "title: String!");
    }

    private async Task<string> ReadSchemaAsync()
    {
        using var http = server.CreateHttpClient();
        return await http.GetStringAsync("/schema.graphql", TestContext.Current.CancellationToken);
    }

    private static GraphQLFieldDefinition QueryField(string sdl, string name) =>
        Type(Parser.Parse(sdl), "Query").Fields!.Items.Single(field => field.Name.StringValue == name);

    private static GraphQLObjectTypeDefinition Type(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLObjectTypeDefinition>().Single(type => type.Name.StringValue == name);

    private static void AssertFields(GraphQLDocument document, string typeName, params string[] expected)
    {
        var actual = Type(document, typeName).Fields!.Items.Select(field => $"{field.Name.StringValue}: {Print(field.Type)}").ToList();
        foreach (var field in expected)
        {
            Assert.Contains(field, actual);
        }
    }

    private static List<string> Arguments(GraphQLFieldDefinition field) =>
        [.. (field.Arguments?.Items ?? []).Select(argument =>
            $"{argument.Name.StringValue}: {Print(argument.Type)}" + (argument.DefaultValue is null ? string.Empty : " = " + Print(argument.DefaultValue)))];

    private static string Print(ASTNode node)
    {
        using var writer = new StringWriter();
        new SDLPrinter().PrintAsync(node, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }
}
