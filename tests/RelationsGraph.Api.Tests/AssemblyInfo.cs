using RelationsGraph.Api.Tests;
using RelationsGraph.Api.Tests.Browser;
using RelationsGraph.Api.Tests.Neo4j;
using Xunit;

[assembly: AssemblyFixture(typeof(ApiServer))]
[assembly: AssemblyFixture(typeof(AnswersApi))]
[assembly: AssemblyFixture(typeof(BrowserSession))]
[assembly: AssemblyFixture(typeof(Neo4jServer))]
