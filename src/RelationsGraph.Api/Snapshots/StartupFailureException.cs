namespace RelationsGraph.Api.Snapshots;

/// <summary>A start-up failure whose cause has already been logged in full, so nothing logs it a second time.</summary>
internal sealed class StartupFailureException(string message, Exception innerException) : Exception(message, innerException);
