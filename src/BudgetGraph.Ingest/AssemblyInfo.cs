// The BudgetGraph importer: document text → staged tables → conformed facts, reconciliation.
