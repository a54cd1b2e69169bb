using GraphQLParser;
using GraphQLParser.AST;
using RelationsGraph.Api.GraphQL;
using Xunit;

namespace RelationsGraph.Api.Tests.Abuse;

/// <summary>
/// The count of a query's fields and directives from its text alone, which refuses the largest abusive documents
/// before they are parsed: it must agree with the parsed document on every executable document, or it would refuse
/// an honest one.
/// </summary>
public sealed class QueryScanTests
{
    public static TheoryData<string> Documents() =>
    [
        "{ __typename }",
        "{ a: graph { version } b: graph { units instruments } }",
        "query Q($id: String! = \"x{y}:z@w\", $n: Int = -1.5e3) @live { province(name: $id) @include(if: true) { id name } }",
        "{ provinces(first: 10, filter: { country: \"VN\", kinds: [MOU, AGREEMENT], nested: { a: 1 } }) { nodes { id ... on Province { name } ... @skip(if: false) { id } ...F } } } fragment F on Province { partners { partner { id } } }",
        "# a comment with { braces } and a: b @x\n{ graph { version } }",
        "{ search(text: \"\"\"block { string } with \\\"\"\" and @ and :\"\"\") { id } }",
        "{ province(name: \"a \\\" quote { and } @x\") { id, name , parent{id} } }",
        "query A { graph { version } } query B { countries { code name } }",
        "fragment G on Graph { version units } { graph { ...G } }",
        "{ provinces(first: 3) { nodes { id instruments(first: 2) { nodes { on: id title } } } } }",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Counts_from_the_text_agree_with_the_parsed_document(string query)
    {
        var document = Parser.Parse(query);
        var parsed = (Fields: 0, Directives: 0);
        foreach (var definition in document.Definitions)
        {
            Walk(definition, ref parsed);
        }

        var written = QueryScan.Count(query);

        Assert.Equal(parsed.Fields, written.Fields);
        Assert.Equal(parsed.Directives, written.Directives);
    }

    [Fact]
    public void Largest_abusive_documents_are_counted_from_their_text()
    {
        var aliases = "{ " + string.Concat(Enumerable.Range(0, 1_500).Select(i => i % 2 == 0 ? "a: graph { version } " : "a: countries { code } ")) + "}";
        var copies = "{ " + string.Concat(Enumerable.Repeat("province(name: \"i\") ", 1_800)) + "}";
        var directives = "{ graph { version " + string.Concat(Enumerable.Repeat("@x ", 10_000)) + "} }";

        Assert.Equal(3_000, QueryScan.Count(aliases).Fields);
        Assert.Equal(1_800, QueryScan.Count(copies).Fields);
        Assert.Equal(new QueryScan.Counts(2, 10_000, 2), QueryScan.Count(directives));
    }

    [Fact]
    public void Unterminated_strings_and_stray_punctuation_end_the_count_without_error()
    {
        Assert.Equal(1, QueryScan.Count("{ a(x: \"never closed").Fields);
        Assert.Equal(0, QueryScan.Count("}}}) : ... @").Fields);
        Assert.Equal(1, QueryScan.Count("}}}) : ... @").Directives);
    }

    private static void Walk(ASTNode node, ref (int Fields, int Directives) counts)
    {
        if (node is IHasDirectivesNode { Directives: { } directives })
        {
            counts.Directives += directives.Count;
        }

        if (node is GraphQLOperationDefinition { Variables: { } variables })
        {
            counts.Directives += variables.Items.Sum(variable => variable.Directives?.Count ?? 0);
        }

        if (node is GraphQLField)
        {
            counts.Fields++;
        }

        var selectionSet = node switch
        {
            GraphQLOperationDefinition operation => operation.SelectionSet,
            GraphQLFragmentDefinition fragment => fragment.SelectionSet,
            GraphQLField field => field.SelectionSet,
            GraphQLInlineFragment inline => inline.SelectionSet,
            _ => null,
        };
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            Walk(selection, ref counts);
        }
    }
}
