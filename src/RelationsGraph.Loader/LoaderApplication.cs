using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Loader.Cli;

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
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ApplicationName = "RelationsGraph.Loader",
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
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
}
