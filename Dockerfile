# The RelationsGraph API (GraphQL, playground, embed view). Built in three stages: the npm bundles, the .NET
# publish, and a small runtime image. The graph-seed files travel with the application (the embedded default).
FROM node:20-bookworm-slim AS web
WORKDIR /src/src/web
COPY src/web/package.json src/web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=web /src/src/RelationsGraph.Api/wwwroot/ src/RelationsGraph.Api/wwwroot/
RUN dotnet publish src/RelationsGraph.Api -c Release -o /app -p:SkipWebBuild=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "RelationsGraph.Api.dll"]
