// The error codes every refusal of the host carries are the schema's (one list, BudgetGraph.GraphSchema.Errors);
// the alias wins over HotChocolate.ErrorCodes, which files importing HotChocolate would otherwise also see.
global using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;
