using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.Cors;

/// <summary>
/// Builds the CORS policy of the public endpoints from <see cref="CrossOriginOptions"/>: GET and POST (and their
/// preflight), the Content-Type and Accept headers, never credentials.
/// </summary>
internal sealed class CrossOriginPolicySetup(IOptions<CrossOriginOptions> options) : IConfigureOptions<CorsOptions>
{
    public const string PolicyName = "PublicReadOnly";

    public void Configure(CorsOptions cors)
    {
        var settings = options.Value;
        cors.AddPolicy(PolicyName, policy =>
        {
            if (settings.AllowsAnyOrigin)
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins([.. settings.Origins]);
            }

            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept")
                .DisallowCredentials()
                .SetPreflightMaxAge(settings.PreflightMaxAge);
        });
    }
}
