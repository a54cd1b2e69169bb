using RelationsGraph.Api.Tests;
using Xunit;

[assembly: AssemblyFixture(typeof(ApiServer))]
