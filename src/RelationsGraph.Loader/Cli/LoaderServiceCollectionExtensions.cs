using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using RelationsGraph.Loader.Documents;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Loader.Neo4j;
using RelationsGraph.Loader.Review;
using RelationsGraph.Loader.Score;
using RelationsGraph.Loader.Validate;
using RelationsGraph.Neo4j;

namespace RelationsGraph.Loader.Cli;

public static class LoaderServiceCollectionExtensions
{
    /// <summary>The loader's options, console, commands and command line.</summary>
    public static IServiceCollection AddLoader(this IServiceCollection services, IConfiguration configuration, LoaderConsole console)
    {
        services.AddOptions<LoaderOptions>()
            .Bind(configuration.GetSection(LoaderOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.GraphSeed), "Loader:GraphSeed must name a directory")
            .Validate(options => options.MaxDocumentBytes > 0, "Loader:MaxDocumentBytes must be positive")
            .Validate(options => options.MaxTextCharacters > 0, "Loader:MaxTextCharacters must be positive")
            .Validate(options => options.MaxUnpackedBytes > 0, "Loader:MaxUnpackedBytes must be positive")
            .Validate(options => options.MaxParagraphs > 0, "Loader:MaxParagraphs must be positive")
            .Validate(options => options.MaxPages > 0, "Loader:MaxPages must be positive")
            .Validate(options => options.MaxHtmlDepth is > 0 and <= 4096, "Loader:MaxHtmlDepth must be 1 to 4096 (the reader walks the tree recursively)")
            .Validate(options => options.MaxHtmlElements > 0, "Loader:MaxHtmlElements must be positive")
            .Validate(options => options.Parallelism is >= 0 and <= 256, "Loader:Parallelism must be 0 (one per processor) to 256")
            .Validate(options => options.ProgressThreshold > 0, "Loader:ProgressThreshold must be positive");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient(typeof(Lazy<>), typeof(LazyService<>));
        services.AddSingleton(console);
        services.AddSingleton<GazetteerSource>();
        services.AddSingleton<ILoaderCommand, ExtractCommand>();
        services.AddSingleton<ILoaderCommand, ValidateCommand>();
        services.AddSingleton<ILoaderCommand, TextCommand>();
        services.AddSingleton<ILoaderCommand, ScoreCommand>();
        services.AddNeo4jQueryClient(configuration);
        services.AddSingleton<Neo4jGraphLoader>();
        services.AddSingleton<Neo4jConfiguration>();
        services.AddSingleton<ILoaderCommand, LoadCommand>();
        services.AddSingleton<ILoaderCommand, QueryCommand>();
        services.AddSingleton<ILoaderCommand, ExportCommand>();
        services.AddOptions<ReviewOptions>()
            .Bind(configuration.GetSection(ReviewOptions.SectionName))
            .Validate(options => options.Port is >= 0 and <= 65535, "Review:Port must be from 0 (a free port) to 65535")
            .Validate(options => System.Net.IPAddress.TryParse(options.ListenAddress, out _), "Review:ListenAddress must be an IP address");
        services.AddSingleton<ILoaderCommand, ReviewCommand>();
        services.AddSingleton<LoaderCommandLine>();
        return services;
    }

    /// <summary>Logs go to standard error, one line each, so that standard output carries only results.</summary>
    public static ILoggingBuilder AddLoaderLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.IncludeScopes = false;
        });
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }
}
