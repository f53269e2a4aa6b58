// The BudgetGraph warehouse: Dimensions/, Facts/, Configurations/.
