using Microsoft.AspNetCore.Http;
using RelationsGraph.Api.Cors;
using Xunit;

namespace RelationsGraph.Api.Tests.Cors;

/// <summary>
/// Every request passes the choice of whether the CORS policy applies: it picks the public paths, and costs the
/// request nothing on the heap (it is on the path of /health and of the cheapest query).
/// </summary>
public sealed class PublicPathTests
{
    [Theory]
    [InlineData("/graphql", true)]
    [InlineData("/GraphQL", true)]
    [InlineData("/schema.graphql", true)]
    [InlineData("/embed/assets/relations-graph.js", true)]
    [InlineData("/health", false)]
    [InlineData("/graphqlx", false)]
    [InlineData("/documents/one", false)]
    public void Policy_applies_to_the_public_paths_only(string path, bool isPublic)
    {
        var context = new DefaultHttpContext { Request = { Path = path } };

        Assert.Equal(isPublic, CrossOriginExtensions.IsPublicPath(context));
    }

    [Fact]
    public void Choosing_whether_the_policy_applies_allocates_nothing()
    {
        var health = new DefaultHttpContext { Request = { Path = "/health" } };
        var graphql = new DefaultHttpContext { Request = { Path = "/graphql" } };
        CrossOriginExtensions.IsPublicPath(health);
        CrossOriginExtensions.IsPublicPath(graphql);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var request = 0; request < 1_000; request++)
        {
            CrossOriginExtensions.IsPublicPath(health);
            CrossOriginExtensions.IsPublicPath(graphql);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
