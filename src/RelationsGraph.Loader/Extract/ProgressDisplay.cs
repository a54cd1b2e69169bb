using Spectre.Console;

namespace RelationsGraph.Loader.Extract;

/// <summary>
/// A progress bar on standard error (Spectre.Console) for long runs on a terminal; nothing when standard error is
/// redirected or the batch is short, so that logs and test output stay clean.
/// </summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(LoaderConsole console, int total, int threshold, string description, Func<IProgress<int>?, Task<T>> work)
    {
        if (!console.ErrorIsTerminal || total < threshold)
        {
            return await work(null);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        return await terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: total);
                var result = await work(new TaskProgress(task));
                task.Value = total;
                return result;
            });
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
