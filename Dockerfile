# The ResumeFlow host (HTTP API + durable worker) as a container image, for self-hosting
# (infra/container-apps.bicep runs it with Durable__Backend=AzureStorage).
#   docker build -t resumeflow-host .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ResumeFlow.Host/ResumeFlow.Host.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The aspnet image listens on 8080 and runs as the non-root "app" user.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "ResumeFlow.Host.dll"]
