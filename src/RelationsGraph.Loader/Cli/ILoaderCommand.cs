using System.CommandLine;

namespace RelationsGraph.Loader.Cli;

/// <summary>A subcommand of the loader (extract, validate, text; later load, query, export), registered in DI.</summary>
public interface ILoaderCommand
{
    Command Create();
}
