using IntegrationHub.Connectors.Hosting.Diagnostics;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Runtime.Telemetry;
using IntegrationHub.Server.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// OpenTelemetry: a span per HTTP request, run pass, step call and outgoing HTTP call (W3C trace context is
/// propagated on outgoing calls), metrics of the runtime, connectors, ASP.NET Core and HttpClient, exported over
/// OTLP when an endpoint is configured and served at <c>/metrics</c> for Prometheus.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration, string nodeRole)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);
        var otlp = options.OtlpEndpoint ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];

        services.AddOpenTelemetry()
            .ConfigureResource(r => r
                .AddService("integrationhub", serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}")
                .AddAttributes([new("hub.role", nodeRole)]))
            .WithTracing(tracing =>
            {
                tracing.AddSource(RuntimeTelemetry.Name, ConnectorTelemetry.ActivitySourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health") && !ctx.Request.Path.StartsWithSegments("/metrics"))
                    .AddHttpClientInstrumentation();
                if (!string.IsNullOrEmpty(otlp))
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RuntimeTelemetry.Name)
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
