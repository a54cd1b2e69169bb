# RelationsGraph images, built in stages: the npm bundles, the .NET publish of the API and the loader, then two small
# runtime images: `--target api` (GraphQL, playground, embed view) and `--target loader` (the relationsgraph-loader
# command line, with graph-seed and the Cypher notebook beside it).
FROM node:20-bookworm-slim AS web
WORKDIR /src/src/web
COPY src/web/package.json src/web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/web/ ./
RUN npm run build && npm run build:review

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=web /src/src/RelationsGraph.Api/wwwroot/ src/RelationsGraph.Api/wwwroot/
COPY --from=web /src/src/web/dist/review/ src/web/dist/review/
RUN dotnet publish src/RelationsGraph.Api -c Release -o /app/api -p:SkipWebBuild=true \
 && dotnet publish src/RelationsGraph.Loader -c Release -o /app/loader -p:SkipWebBuild=true

# The loader hosts the review app (ASP.NET Core) on 127.0.0.1.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS loader
WORKDIR /work
COPY --from=build /app/loader /app/loader
COPY graph-seed/ graph-seed/
USER app
ENTRYPOINT ["dotnet", "/app/loader/RelationsGraph.Loader.dll"]
CMD ["--help"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS api
WORKDIR /app
COPY --from=build /app/api ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "RelationsGraph.Api.dll"]
