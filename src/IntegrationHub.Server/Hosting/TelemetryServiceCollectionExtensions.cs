using IntegrationHub.Connectors.Hosting.Diagnostics;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Runtime.Telemetry;
using IntegrationHub.Server.Hosting;
using IntegrationHub.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// OpenTelemetry: metrics of the runtime, the journal, connectors, ASP.NET Core and HttpClient, served at
/// <c>/metrics</c> for Prometheus and exported over OTLP when an endpoint is configured; with an OTLP endpoint also
/// a span per HTTP request, run pass, step call and outgoing HTTP call (W3C trace context is propagated on outgoing
/// calls), sampled by <see cref="TelemetryOptions.TraceSampleRatio"/> unless the caller's trace context decides.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration, string nodeRole)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        var otlp = options.OtlpEndpoint ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (options.TraceSampleRatio is < 0 or > 1 or double.NaN)
        {
            throw new InvalidOperationException($"{TelemetryOptions.SectionName}:TraceSampleRatio must be between 0 and 1 (a share of traces), not {options.TraceSampleRatio}.");
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r
                .AddService("integrationhub", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}")
                .AddAttributes([new("hub.role", nodeRole)]));

        // Spans are recorded only when something receives them: without an exporter every request would build
        // four activities (request, run, step, outgoing call) and their tags only to drop them.
        if (!string.IsNullOrEmpty(otlp))
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio)))
                .AddSource(RuntimeTelemetry.Name, ConnectorTelemetry.ActivitySourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health") && !ctx.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        }

        telemetry
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RuntimeTelemetry.Name, StorageTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (options.PrometheusEndpoint)
                {
                    metrics.AddPrometheusExporter();
                }

                if (!string.IsNullOrEmpty(otlp))
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format) when enabled.</summary>
    public static WebApplication MapHubMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.PrometheusEndpoint)
        {
            var endpoint = app.MapPrometheusScrapingEndpoint("/metrics");
            _ = options.AllowAnonymousScrape ? endpoint.AllowAnonymous() : endpoint.RequireAuthorization(HubPolicies.View);
        }

        return app;
    }
}
