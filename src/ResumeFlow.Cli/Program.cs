using ResumeFlow.Cli;

return await ResumeFlowCli.RunAsync(args, CliEnvironment.FromConsole());
