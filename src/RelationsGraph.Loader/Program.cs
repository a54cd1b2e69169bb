using RelationsGraph.Loader;

return await LoaderApplication.RunAsync(args, LoaderConsole.Standard, CancellationToken.None);
