# syntax=docker/dockerfile:1
# Multi-stage build: restore (cached on project files), publish, then a small non-root runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig IntegrationHub.sln ./
COPY src/IntegrationHub.Contracts/*.csproj src/IntegrationHub.Contracts/packages.lock.json src/IntegrationHub.Contracts/
COPY src/IntegrationHub.Flows/*.csproj src/IntegrationHub.Flows/packages.lock.json src/IntegrationHub.Flows/
COPY src/IntegrationHub.Storage/*.csproj src/IntegrationHub.Storage/packages.lock.json src/IntegrationHub.Storage/
COPY src/IntegrationHub.Server/*.csproj src/IntegrationHub.Server/packages.lock.json src/IntegrationHub.Server/
COPY flows/schemas/flow.schema.json flows/schemas/
RUN dotnet restore src/IntegrationHub.Server/IntegrationHub.Server.csproj --locked-mode
COPY src/ src/
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
