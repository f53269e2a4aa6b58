Console.Error.WriteLine("budgetgraph: no command yet");
return 2;
