// The refusal codes the tests compare word for word are the schema's one list (BudgetGraph.GraphSchema.Errors).
global using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;
