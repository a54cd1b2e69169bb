using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Neo4j;
using Xunit;

namespace RelationsGraph.Loader.Tests.Cli;

/// <summary>
/// Every command is constructed to build the command line, but what only a command's run needs is resolved when it
/// runs: an extract run builds no Neo4j HTTP client.
/// </summary>
public sealed class LazyCommandServicesTests
{
    [Fact]
    public void The_command_line_is_built_without_constructing_the_Neo4j_client_and_a_run_that_needs_it_resolves_it()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLoader(new ConfigurationBuilder().Build(), new LoaderConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null, errorIsTerminal: false));
        services.AddTransient<Neo4jQueryClient>(_ => throw new InvalidOperationException("the Neo4j client was constructed"));
        using var provider = services.BuildServiceProvider();

        var root = provider.GetRequiredService<LoaderCommandLine>().Create();
        var client = provider.GetRequiredService<Lazy<Neo4jQueryClient>>();

        Assert.Contains(root.Subcommands, command => command.Name == "query");
        Assert.Contains(root.Subcommands, command => command.Name == "load");
        Assert.Contains(root.Subcommands, command => command.Name == "review");
        Assert.False(client.IsValueCreated);
        Assert.Equal("the Neo4j client was constructed", Assert.Throws<InvalidOperationException>(() => client.Value).Message);
    }
}
