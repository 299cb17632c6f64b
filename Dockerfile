# syntax=docker/dockerfile:1
# One image, graph-explorer, for the ingestion worker and the query service (docker-compose.yml builds it once).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The build settings and project files first: the restore layer is reused until one of them changes, so editing
# sources does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/GraphExplorer.Core/GraphExplorer.Core.csproj src/GraphExplorer.Core/
COPY src/GraphExplorer.Extraction/GraphExplorer.Extraction.csproj src/GraphExplorer.Extraction/
COPY src/GraphExplorer.Storage.Sqlite/GraphExplorer.Storage.Sqlite.csproj src/GraphExplorer.Storage.Sqlite/
COPY src/GraphExplorer.Storage.Neo4j/GraphExplorer.Storage.Neo4j.csproj src/GraphExplorer.Storage.Neo4j/
COPY src/GraphExplorer.Export/GraphExplorer.Export.csproj src/GraphExplorer.Export/
COPY src/GraphExplorer.Worker/GraphExplorer.Worker.csproj src/GraphExplorer.Worker/
COPY src/GraphExplorer.Api/GraphExplorer.Api.csproj src/GraphExplorer.Api/
COPY src/GraphExplorer.Cli/GraphExplorer.Cli.csproj src/GraphExplorer.Cli/
RUN dotnet restore src/GraphExplorer.Cli/GraphExplorer.Cli.csproj
# Then the sources and the curated queries (embedded into GraphExplorer.Core).
COPY cypher/ cypher/
COPY src/ src/
RUN dotnet publish src/GraphExplorer.Cli/GraphExplorer.Cli.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Graphviz (dot) draws the svg exports and the pictures of html/markdown reports; curl serves the health check.
RUN apt-get update \
    && apt-get install -y --no-install-recommends graphviz curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
# The working folder is the data folder, not the binary's: an appsettings.json mounted here is the user's settings.
# The inbox and the embedded store live under it, owned by the image's non-root user (APP_UID, from the base image);
# a new named volume mounted at /data/inbox takes that ownership.
WORKDIR /data
RUN mkdir -p /data/inbox && chown -R "$APP_UID" /data
USER $APP_UID
ENV GRAPHEXPLORER_Inbox__Path=/data/inbox \
    GRAPHEXPLORER_Storage__Sqlite__DatabasePath=/data/graph.db \
    GRAPHEXPLORER_QueryService__Urls=http://127.0.0.1:8080
VOLUME ["/data/inbox"]
# Every serve process answers /health (the store's health) on port 8080: on the container's loopback by default,
# on all interfaces where the query service sets GRAPHEXPLORER_QueryService__Urls=http://0.0.0.0:8080.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health >/dev/null || exit 1
ENTRYPOINT ["dotnet", "/app/graph-explorer.dll"]
CMD ["serve", "--store", "neo4j"]
