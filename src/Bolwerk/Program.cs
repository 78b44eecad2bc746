using Bolwerk.Host.Cli;

return await BolwerkCli.RunAsync(args);
