# syntax=docker/dockerfile:1
# Multi-stage build: restore (cached on project files), publish, then a small non-root runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig IntegrationHub.sln ./
COPY connectors/Directory.Build.props connectors/
COPY src/IntegrationHub.Contracts/*.csproj src/IntegrationHub.Contracts/packages.lock.json src/IntegrationHub.Contracts/
COPY src/IntegrationHub.Flows/*.csproj src/IntegrationHub.Flows/packages.lock.json src/IntegrationHub.Flows/
COPY src/IntegrationHub.Storage/*.csproj src/IntegrationHub.Storage/packages.lock.json src/IntegrationHub.Storage/
COPY src/IntegrationHub.Server/*.csproj src/IntegrationHub.Server/packages.lock.json src/IntegrationHub.Server/
COPY src/IntegrationHub.Mapping/*.csproj src/IntegrationHub.Mapping/packages.lock.json src/IntegrationHub.Mapping/
COPY src/IntegrationHub.Runtime/*.csproj src/IntegrationHub.Runtime/packages.lock.json src/IntegrationHub.Runtime/
COPY src/IntegrationHub.Runtime.Hangfire/*.csproj src/IntegrationHub.Runtime.Hangfire/packages.lock.json src/IntegrationHub.Runtime.Hangfire/
COPY src/IntegrationHub.Connectors.Hosting/*.csproj src/IntegrationHub.Connectors.Hosting/packages.lock.json src/IntegrationHub.Connectors.Hosting/
COPY connectors/IntegrationHub.Connectors.Sdk/*.csproj connectors/IntegrationHub.Connectors.Sdk/packages.lock.json connectors/IntegrationHub.Connectors.Sdk/
COPY connectors/IntegrationHub.Connectors.Http/*.csproj connectors/IntegrationHub.Connectors.Http/packages.lock.json connectors/IntegrationHub.Connectors.Http/
COPY connectors/IntegrationHub.Connectors.Sandbox/*.csproj connectors/IntegrationHub.Connectors.Sandbox/packages.lock.json connectors/IntegrationHub.Connectors.Sandbox/
COPY connectors/IntegrationHub.Connectors.Tryton/*.csproj connectors/IntegrationHub.Connectors.Tryton/packages.lock.json connectors/IntegrationHub.Connectors.Tryton/
COPY flows/schemas/ flows/schemas/
RUN dotnet restore src/IntegrationHub.Server/IntegrationHub.Server.csproj --locked-mode
COPY src/ src/
COPY connectors/ connectors/
COPY flows/ flows/
RUN dotnet publish src/IntegrationHub.Server/IntegrationHub.Server.csproj -c Release --no-restore -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system hub && useradd --system --gid hub --home-dir /app --shell /usr/sbin/nologin hub \
    && mkdir -p /data && chown hub:hub /data
WORKDIR /app
COPY --from=build --chown=hub:hub /app ./
COPY --from=build --chown=hub:hub /src/flows ./flows
ENV Hub__Urls=http://0.0.0.0:8080 \
    Hub__Storage__DataFolder=/data \
    Hub__Flows__Folder=/app/flows \
    DOTNET_RUNNING_IN_CONTAINER=true
USER hub
EXPOSE 8080
VOLUME ["/data"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "IntegrationHub.Server.dll"]
