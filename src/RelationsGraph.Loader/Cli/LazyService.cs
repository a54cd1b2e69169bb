using Microsoft.Extensions.DependencyInjection;

namespace RelationsGraph.Loader.Cli;

/// <summary>
/// A service resolved the first time it is used. Every command is constructed to build the command line, so a
/// command takes what only its own run needs (the Neo4j HTTP client and its factory) as <see cref="Lazy{T}"/>: an
/// <c>extract</c> run never builds them.
/// </summary>
internal sealed class LazyService<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>)
    where T : notnull;
