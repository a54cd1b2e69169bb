using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Extract;

namespace RelationsGraph.Loader;

/// <summary>
/// Builds the loader's Generic Host (configuration from appsettings.json and environment variables such as
/// <c>Loader__GraphSeed</c>, logging to standard error) and runs one command line in it.
/// </summary>
public static class LoaderApplication
{
    public static async Task<int> RunAsync(string[] args, LoaderConsole console, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // The extractor's rule files are read on another processor while the host is built (each takes a few hundred
        // milliseconds of a cold start), and checked before anything runs: a wrong one is named with its line.
        var rules = Task.Run(() => ExtractionRules.Default, cancellationToken);
        // So is an extract run's gazetteer (about half a second of one processor): the run takes this read if its
        // parsed command line names the same directory, and reports its errors when it awaits it. A directory the
        // command line names is started at once, the configured one as soon as the configuration is read.
        var preload = GazetteerPreload.Start(args, configuration: null, cancellationToken);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ApplicationName = "RelationsGraph.Loader",
            ContentRootPath = AppContext.BaseDirectory,
            Configuration = HostConfiguration(),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        preload ??= GazetteerPreload.Start(args, builder.Configuration, cancellationToken);
        if (preload is not null)
        {
            builder.Services.AddSingleton(preload);
        }

        builder.Logging.AddLoaderLogging();
        builder.Services.AddLoader(builder.Configuration, console);
        using var host = builder.Build();
        try
        {
            await rules;
        }
        catch (RuleFileException exception)
        {
            await console.Error.WriteLineAsync($"error: {exception.Message}");
            return ExitCodes.SomeInputsFailed;
        }

        try
        {
            // Settings are checked before any command runs: a bad limit is a clear error, not a crash half-way.
            _ = host.Services.GetRequiredService<IOptions<LoaderOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                await console.Error.WriteLineAsync($"error: invalid setting: {failure}");
            }

            return ExitCodes.Usage;
        }

        return await host.Services.GetRequiredService<LoaderCommandLine>().InvokeAsync(args, cancellationToken);
    }

    /// <summary>
    /// The host's own settings: appsettings.json is read once, not watched. A run reads its settings at start and a
    /// watcher costs a thread and a watch over the loader's whole directory tree at every start.
    /// </summary>
    private static ConfigurationManager HostConfiguration()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        return configuration;
    }
}
