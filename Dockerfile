# One image for the worker and the query service: `graph-explorer` (src/GraphExplorer.Cli).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/GraphExplorer.Cli/GraphExplorer.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The inbox the worker watches; mount a host folder or a volume here.
VOLUME ["/data/inbox"]
ENTRYPOINT ["dotnet", "graph-explorer.dll"]
CMD ["serve", "--store", "neo4j"]
