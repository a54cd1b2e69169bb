using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.Cors;

/// <summary>Stops start-up on a CORS setting that is not an origin, naming the setting and its value.</summary>
internal sealed class CrossOriginOptionsValidator : IValidateOptions<CrossOriginOptions>
{
    public ValidateOptionsResult Validate(string? name, CrossOriginOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
