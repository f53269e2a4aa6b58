// The BudgetGraph GraphQL engine: Language/, Types/, Validation/Rules/, Execution/, Introspection/.
