IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [Departments] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Level] nvarchar(16) NOT NULL,
        [Region] nvarchar(100) NOT NULL,
        [UnitType] nvarchar(32) NOT NULL,
        [SupervisingDepartmentId] int NULL,
        CONSTRAINT [PK_Departments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Departments_Departments_SupervisingDepartmentId] FOREIGN KEY ([SupervisingDepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [EconomicSubjects] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(16) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Level] nvarchar(16) NOT NULL,
        [ParentId] int NULL,
        CONSTRAINT [PK_EconomicSubjects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EconomicSubjects_EconomicSubjects_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [EconomicSubjects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [FiscalYears] (
        [Year] int NOT NULL,
        CONSTRAINT [PK_FiscalYears] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [FunctionalSubjects] (
        [Id] int NOT NULL IDENTITY,
        [Code] nvarchar(16) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Level] nvarchar(16) NOT NULL,
        [ParentId] int NULL,
        CONSTRAINT [PK_FunctionalSubjects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FunctionalSubjects_FunctionalSubjects_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [FunctionalSubjects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [FundSources] (
        [Id] int NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [ParentId] int NULL,
        CONSTRAINT [PK_FundSources] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FundSources_FundSources_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [FundSources] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [Stages] (
        [Id] int NOT NULL,
        [Code] nvarchar(16) NOT NULL,
        [Name] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_Stages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [Documents] (
        [Id] int NOT NULL IDENTITY,
        [FileName] nvarchar(260) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Sha256] nchar(64) NOT NULL,
        [LineCount] int NOT NULL,
        CONSTRAINT [PK_Documents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Documents_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Documents_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [ProjectCategories] (
        [Id] int NOT NULL IDENTITY,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [FunctionalSubjectId] int NULL,
        [ItemLink] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_ProjectCategories] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProjectCategories_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectCategories_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectCategories_FunctionalSubjects_FunctionalSubjectId] FOREIGN KEY ([FunctionalSubjectId]) REFERENCES [FunctionalSubjects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [BalanceFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [FundSourceId] int NULL,
        [Measure] nvarchar(32) NOT NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_BalanceFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BalanceFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BalanceFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_BalanceFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BalanceFacts_FundSources_FundSourceId] FOREIGN KEY ([FundSourceId]) REFERENCES [FundSources] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BalanceFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [BasicExpenditureFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [EconomicSubjectId] int NULL,
        [FundSourceId] int NOT NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_BasicExpenditureFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BasicExpenditureFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BasicExpenditureFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_BasicExpenditureFacts_EconomicSubjects_EconomicSubjectId] FOREIGN KEY ([EconomicSubjectId]) REFERENCES [EconomicSubjects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BasicExpenditureFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BasicExpenditureFacts_FundSources_FundSourceId] FOREIGN KEY ([FundSourceId]) REFERENCES [FundSources] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BasicExpenditureFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [BasicExpenditureSplitFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [EconomicSubjectId] int NULL,
        [TotalYuan] bigint NOT NULL,
        [PersonnelYuan] bigint NOT NULL,
        [PublicYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_BasicExpenditureSplitFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BasicExpenditureSplitFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BasicExpenditureSplitFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_BasicExpenditureSplitFacts_EconomicSubjects_EconomicSubjectId] FOREIGN KEY ([EconomicSubjectId]) REFERENCES [EconomicSubjects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BasicExpenditureSplitFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BasicExpenditureSplitFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [BudgetFigures] (
        [Id] bigint NOT NULL IDENTITY,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [StageId] int NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Path] nvarchar(1000) NOT NULL,
        [ParentPath] nvarchar(1000) NULL,
        [Code] nvarchar(16) NULL,
        [Name] nvarchar(500) NOT NULL,
        [TotalYuan] bigint NOT NULL,
        [BasicYuan] bigint NULL,
        [ProjectYuan] bigint NULL,
        [PublishedDecimals] int NOT NULL,
        [ItemLink] nvarchar(32) NULL,
        [FactId] bigint NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SortKey] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [Derived] bit NOT NULL,
        [ChildrenYuan] bigint NULL,
        [ToleranceYuan] bigint NULL,
        [ChildCount] int NULL,
        CONSTRAINT [PK_BudgetFigures] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BudgetFigures_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BudgetFigures_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_BudgetFigures_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_BudgetFigures_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [DepartmentProfileFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Measure] nvarchar(32) NOT NULL,
        [Quantity] bigint NOT NULL,
        [Unit] nvarchar(16) NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        CONSTRAINT [PK_DepartmentProfileFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DepartmentProfileFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DepartmentProfileFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_DepartmentProfileFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [EconomicExpenditureFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [EconomicSubjectId] int NULL,
        [TotalYuan] bigint NOT NULL,
        [BasicYuan] bigint NOT NULL,
        [ProjectYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_EconomicExpenditureFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EconomicExpenditureFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EconomicExpenditureFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EconomicExpenditureFacts_EconomicSubjects_EconomicSubjectId] FOREIGN KEY ([EconomicSubjectId]) REFERENCES [EconomicSubjects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EconomicExpenditureFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EconomicExpenditureFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [EvaluationScoreFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [ScoreHundredths] int NOT NULL,
        [Grade] nvarchar(16) NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        CONSTRAINT [PK_EvaluationScoreFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvaluationScoreFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EvaluationScoreFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EvaluationScoreFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [EvaluationStatementFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(16) NOT NULL,
        [Ordinal] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        CONSTRAINT [PK_EvaluationStatementFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvaluationStatementFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EvaluationStatementFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_EvaluationStatementFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [ExecutionFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Measure] nvarchar(32) NOT NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_ExecutionFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExecutionFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ExecutionFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ExecutionFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ExecutionFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [ExecutionRateFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Measure] nvarchar(32) NOT NULL,
        [RateBasisPoints] int NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        CONSTRAINT [PK_ExecutionRateFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExecutionRateFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ExecutionRateFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ExecutionRateFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [FunctionalExpenditureFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [FunctionalSubjectId] int NULL,
        [TotalYuan] bigint NOT NULL,
        [BasicYuan] bigint NOT NULL,
        [ProjectYuan] bigint NOT NULL,
        [OperatingYuan] bigint NULL,
        [SubsidyToAffiliatesYuan] bigint NULL,
        [RemittanceYuan] bigint NULL,
        [GeneralBudgetYuan] bigint NULL,
        [GovernmentFundYuan] bigint NULL,
        [StateCapitalYuan] bigint NULL,
        [ProcurementYuan] bigint NULL,
        [ProcurementSmeYuan] bigint NULL,
        [ProcurementMicroYuan] bigint NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_FunctionalExpenditureFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FunctionalExpenditureFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FunctionalExpenditureFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_FunctionalExpenditureFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FunctionalExpenditureFacts_FunctionalSubjects_FunctionalSubjectId] FOREIGN KEY ([FunctionalSubjectId]) REFERENCES [FunctionalSubjects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FunctionalExpenditureFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [IncomeFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [FundSourceId] int NOT NULL,
        [FunctionalSubjectId] int NULL,
        [UnitId] int NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_IncomeFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_IncomeFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_IncomeFacts_Departments_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_IncomeFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_IncomeFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_IncomeFacts_FunctionalSubjects_FunctionalSubjectId] FOREIGN KEY ([FunctionalSubjectId]) REFERENCES [FunctionalSubjects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_IncomeFacts_FundSources_FundSourceId] FOREIGN KEY ([FundSourceId]) REFERENCES [FundSources] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_IncomeFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [NarrativeFigureFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(32) NOT NULL,
        [Label] nvarchar(300) NOT NULL,
        [AmountYuan] bigint NULL,
        [ChangeYuan] bigint NULL,
        [ComparedYear] int NULL,
        [PercentTenThousandths] int NULL,
        [PercentDecimals] int NULL,
        [Comparison] nvarchar(16) NULL,
        [BaseLabel] nvarchar(300) NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_NarrativeFigureFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NarrativeFigureFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NarrativeFigureFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_NarrativeFigureFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NarrativeFigureFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [PerformanceTargetFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Level1] nvarchar(100) NOT NULL,
        [Level2] nvarchar(100) NOT NULL,
        [Level3] nvarchar(500) NOT NULL,
        [Target] nvarchar(500) NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        CONSTRAINT [PK_PerformanceTargetFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PerformanceTargetFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PerformanceTargetFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PerformanceTargetFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [PerformanceTaskFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Name] nvarchar(300) NOT NULL,
        [TotalYuan] bigint NOT NULL,
        [AppropriationYuan] bigint NOT NULL,
        [OtherYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_PerformanceTaskFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PerformanceTaskFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PerformanceTaskFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PerformanceTaskFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PerformanceTaskFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [PriorYearStatementFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Subject] nvarchar(32) NOT NULL,
        [Label] nvarchar(300) NOT NULL,
        [AmountYuan] bigint NOT NULL,
        [LaterAmountYuan] bigint NULL,
        [StatedChangeYuan] bigint NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_PriorYearStatementFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PriorYearStatementFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PriorYearStatementFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PriorYearStatementFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PriorYearStatementFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [ProcurementItemFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Ordinal] int NULL,
        [Name] nvarchar(300) NOT NULL,
        [Category] nvarchar(16) NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_ProcurementItemFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProcurementItemFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProcurementItemFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ProcurementItemFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProcurementItemFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [ThreePublicFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [Item] nvarchar(32) NOT NULL,
        [FundSourceId] int NOT NULL,
        [IsChange] bit NOT NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_ThreePublicFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ThreePublicFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ThreePublicFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ThreePublicFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ThreePublicFacts_FundSources_FundSourceId] FOREIGN KEY ([FundSourceId]) REFERENCES [FundSources] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ThreePublicFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [LineItems] (
        [Id] int NOT NULL IDENTITY,
        [ProjectCategoryId] int NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [FunctionalSubjectId] int NULL,
        CONSTRAINT [PK_LineItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LineItems_FunctionalSubjects_FunctionalSubjectId] FOREIGN KEY ([FunctionalSubjectId]) REFERENCES [FunctionalSubjects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LineItems_ProjectCategories_ProjectCategoryId] FOREIGN KEY ([ProjectCategoryId]) REFERENCES [ProjectCategories] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [LineItemFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [LineItemId] int NOT NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_LineItemFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LineItemFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LineItemFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_LineItemFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LineItemFacts_LineItems_LineItemId] FOREIGN KEY ([LineItemId]) REFERENCES [LineItems] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LineItemFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE TABLE [ProjectSpendingFacts] (
        [Id] bigint NOT NULL IDENTITY,
        [ProjectCategoryId] int NULL,
        [FundSourceId] int NOT NULL,
        [UnitId] int NULL,
        [LineItemId] int NULL,
        [AmountYuan] bigint NOT NULL,
        [DocumentId] int NOT NULL,
        [DepartmentId] int NOT NULL,
        [Year] int NOT NULL,
        [Schedule] nvarchar(32) NOT NULL,
        [SourceTable] nvarchar(100) NOT NULL,
        [SourceLine] int NOT NULL,
        [SourcePage] int NULL,
        [SourceX0] int NULL,
        [SourceY0] int NULL,
        [SourceX1] int NULL,
        [SourceY1] int NULL,
        [SourceFirstLine] int NULL,
        [Derived] bit NOT NULL,
        [StageId] int NOT NULL,
        [PublishedDecimals] int NOT NULL,
        CONSTRAINT [PK_ProjectSpendingFacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ProjectSpendingFacts_Departments_DepartmentId] FOREIGN KEY ([DepartmentId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectSpendingFacts_Departments_UnitId] FOREIGN KEY ([UnitId]) REFERENCES [Departments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectSpendingFacts_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ProjectSpendingFacts_FiscalYears_Year] FOREIGN KEY ([Year]) REFERENCES [FiscalYears] ([Year]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectSpendingFacts_FundSources_FundSourceId] FOREIGN KEY ([FundSourceId]) REFERENCES [FundSources] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectSpendingFacts_LineItems_LineItemId] FOREIGN KEY ([LineItemId]) REFERENCES [LineItems] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectSpendingFacts_ProjectCategories_ProjectCategoryId] FOREIGN KEY ([ProjectCategoryId]) REFERENCES [ProjectCategories] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ProjectSpendingFacts_Stages_StageId] FOREIGN KEY ([StageId]) REFERENCES [Stages] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Name', N'ParentId') AND [object_id] = OBJECT_ID(N'[FundSources]'))
        SET IDENTITY_INSERT [FundSources] ON;
    EXEC(N'INSERT INTO [FundSources] ([Id], [Code], [Name], [ParentId])
    VALUES (1, N''total'', N''收入总计'', NULL)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Name', N'ParentId') AND [object_id] = OBJECT_ID(N'[FundSources]'))
        SET IDENTITY_INSERT [FundSources] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Name') AND [object_id] = OBJECT_ID(N'[Stages]'))
        SET IDENTITY_INSERT [Stages] ON;
    EXEC(N'INSERT INTO [Stages] ([Id], [Code], [Name])
    VALUES (1, N''INITIAL'', N''年初预算''),
    (2, N''ADJUSTED'', N''调整预算''),
    (3, N''ACTUAL'', N''实际支出'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Name') AND [object_id] = OBJECT_ID(N'[Stages]'))
        SET IDENTITY_INSERT [Stages] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Name', N'ParentId') AND [object_id] = OBJECT_ID(N'[FundSources]'))
        SET IDENTITY_INSERT [FundSources] ON;
    EXEC(N'INSERT INTO [FundSources] ([Id], [Code], [Name], [ParentId])
    VALUES (2, N''current'', N''本年收入'', 1),
    (18, N''carryover'', N''上年结余、结转'', 1),
    (3, N''gov'', N''政府预算拨款'', 2),
    (11, N''special_account'', N''财政专户管理资金'', 2),
    (12, N''unit'', N''单位资金'', 2),
    (19, N''carryover_appropriation'', N''财政拨款结余、结转'', 18),
    (20, N''carryover_other'', N''非财政拨款结余、结转'', 18),
    (4, N''gpb'', N''一般公共预算拨款'', 3),
    (9, N''govfund'', N''政府性基金预算拨款'', 3),
    (10, N''soe'', N''国有资本经营预算拨款'', 3),
    (13, N''unit_business'', N''事业收入'', 12),
    (14, N''unit_operating'', N''事业单位经营收入'', 12),
    (15, N''unit_superior'', N''上级补助收入'', 12),
    (16, N''unit_affiliated'', N''附属单位上缴收入'', 12),
    (17, N''unit_other'', N''其他收入'', 12),
    (5, N''gpb_basic'', N''基本支出拨款'', 4),
    (6, N''gpb_duty'', N''履职类项目拨款'', 4),
    (7, N''gpb_special'', N''财政专项资金拨款'', 4),
    (8, N''gpb_investment'', N''政府投资项目拨款'', 4)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Name', N'ParentId') AND [object_id] = OBJECT_ID(N'[FundSources]'))
        SET IDENTITY_INSERT [FundSources] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BalanceFacts_DepartmentId_Year] ON [BalanceFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BalanceFacts_DocumentId] ON [BalanceFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BalanceFacts_FundSourceId] ON [BalanceFacts] ([FundSourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BalanceFacts_StageId] ON [BalanceFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BalanceFacts_Year] ON [BalanceFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureFacts_DepartmentId_Year] ON [BasicExpenditureFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureFacts_DocumentId] ON [BasicExpenditureFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureFacts_EconomicSubjectId] ON [BasicExpenditureFacts] ([EconomicSubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureFacts_FundSourceId] ON [BasicExpenditureFacts] ([FundSourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureFacts_StageId] ON [BasicExpenditureFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureFacts_Year] ON [BasicExpenditureFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureSplitFacts_DepartmentId_Year] ON [BasicExpenditureSplitFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureSplitFacts_DocumentId] ON [BasicExpenditureSplitFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureSplitFacts_EconomicSubjectId] ON [BasicExpenditureSplitFacts] ([EconomicSubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureSplitFacts_StageId] ON [BasicExpenditureSplitFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BasicExpenditureSplitFacts_Year] ON [BasicExpenditureSplitFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BudgetFigures_DepartmentYear] ON [BudgetFigures] ([DepartmentId], [Year], [StageId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BudgetFigures_DocumentId] ON [BudgetFigures] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BudgetFigures_FactId] ON [BudgetFigures] ([FactId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BudgetFigures_Kind_Stage_Year_Code_Amounts] ON [BudgetFigures] ([Kind], [StageId], [Year], [Code], [DepartmentId], [TotalYuan], [BasicYuan], [ProjectYuan]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BudgetFigures_StageId] ON [BudgetFigures] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_BudgetFigures_Year] ON [BudgetFigures] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_DepartmentProfileFacts_DepartmentId_Year] ON [DepartmentProfileFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_DepartmentProfileFacts_DocumentId] ON [DepartmentProfileFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_DepartmentProfileFacts_Year] ON [DepartmentProfileFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Departments_Code] ON [Departments] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Departments_Name] ON [Departments] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_Departments_SupervisingDepartmentId] ON [Departments] ([SupervisingDepartmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Documents_DepartmentId_Year_Kind] ON [Documents] ([DepartmentId], [Year], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_Documents_Year] ON [Documents] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EconomicExpenditureFacts_DepartmentId_Year] ON [EconomicExpenditureFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EconomicExpenditureFacts_DocumentId] ON [EconomicExpenditureFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EconomicExpenditureFacts_EconomicSubjectId] ON [EconomicExpenditureFacts] ([EconomicSubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EconomicExpenditureFacts_StageId] ON [EconomicExpenditureFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EconomicExpenditureFacts_Year] ON [EconomicExpenditureFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EconomicSubjects_Code] ON [EconomicSubjects] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EconomicSubjects_ParentId] ON [EconomicSubjects] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EvaluationScoreFacts_DepartmentId_Year] ON [EvaluationScoreFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EvaluationScoreFacts_DocumentId] ON [EvaluationScoreFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EvaluationScoreFacts_Year] ON [EvaluationScoreFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EvaluationStatementFacts_DepartmentId_Year] ON [EvaluationStatementFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EvaluationStatementFacts_DocumentId] ON [EvaluationStatementFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_EvaluationStatementFacts_Year] ON [EvaluationStatementFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ExecutionFacts_DepartmentId_Year] ON [ExecutionFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ExecutionFacts_DocumentId] ON [ExecutionFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ExecutionFacts_StageId] ON [ExecutionFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ExecutionFacts_Year] ON [ExecutionFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ExecutionRateFacts_DepartmentId_Year] ON [ExecutionRateFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ExecutionRateFacts_DocumentId] ON [ExecutionRateFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ExecutionRateFacts_Year] ON [ExecutionRateFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_FunctionalExpenditureFacts_DepartmentId_Year] ON [FunctionalExpenditureFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_FunctionalExpenditureFacts_DocumentId] ON [FunctionalExpenditureFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_FunctionalExpenditureFacts_FunctionalSubjectId] ON [FunctionalExpenditureFacts] ([FunctionalSubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_FunctionalExpenditureFacts_StageId] ON [FunctionalExpenditureFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_FunctionalExpenditureFacts_Year] ON [FunctionalExpenditureFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FunctionalSubjects_Code] ON [FunctionalSubjects] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_FunctionalSubjects_ParentId] ON [FunctionalSubjects] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_FundSources_Code] ON [FundSources] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_FundSources_ParentId] ON [FundSources] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_IncomeFacts_DepartmentId_Year] ON [IncomeFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_IncomeFacts_DocumentId] ON [IncomeFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_IncomeFacts_FunctionalSubjectId] ON [IncomeFacts] ([FunctionalSubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_IncomeFacts_FundSourceId] ON [IncomeFacts] ([FundSourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_IncomeFacts_StageId] ON [IncomeFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_IncomeFacts_UnitId] ON [IncomeFacts] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_IncomeFacts_Year] ON [IncomeFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_LineItemFacts_DepartmentId_Year] ON [LineItemFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_LineItemFacts_DocumentId] ON [LineItemFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_LineItemFacts_LineItemId] ON [LineItemFacts] ([LineItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_LineItemFacts_StageId] ON [LineItemFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_LineItemFacts_Year] ON [LineItemFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_LineItems_FunctionalSubjectId] ON [LineItems] ([FunctionalSubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_LineItems_ProjectCategoryId_Name] ON [LineItems] ([ProjectCategoryId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_NarrativeFigureFacts_DepartmentId_Year] ON [NarrativeFigureFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_NarrativeFigureFacts_DocumentId] ON [NarrativeFigureFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_NarrativeFigureFacts_StageId] ON [NarrativeFigureFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_NarrativeFigureFacts_Year] ON [NarrativeFigureFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PerformanceTargetFacts_DepartmentId_Year] ON [PerformanceTargetFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PerformanceTargetFacts_DocumentId] ON [PerformanceTargetFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PerformanceTargetFacts_Year] ON [PerformanceTargetFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PerformanceTaskFacts_DepartmentId_Year] ON [PerformanceTaskFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PerformanceTaskFacts_DocumentId] ON [PerformanceTaskFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PerformanceTaskFacts_StageId] ON [PerformanceTaskFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PerformanceTaskFacts_Year] ON [PerformanceTaskFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PriorYearStatementFacts_DepartmentId_Year] ON [PriorYearStatementFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PriorYearStatementFacts_DocumentId] ON [PriorYearStatementFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PriorYearStatementFacts_StageId] ON [PriorYearStatementFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_PriorYearStatementFacts_Year] ON [PriorYearStatementFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProcurementItemFacts_DepartmentId_Year] ON [ProcurementItemFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProcurementItemFacts_DocumentId] ON [ProcurementItemFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProcurementItemFacts_StageId] ON [ProcurementItemFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProcurementItemFacts_Year] ON [ProcurementItemFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ProjectCategories_DepartmentId_Year_Name] ON [ProjectCategories] ([DepartmentId], [Year], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectCategories_FunctionalSubjectId] ON [ProjectCategories] ([FunctionalSubjectId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectCategories_Year] ON [ProjectCategories] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_DepartmentId_Year] ON [ProjectSpendingFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_DocumentId] ON [ProjectSpendingFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_FundSourceId] ON [ProjectSpendingFacts] ([FundSourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_LineItemId] ON [ProjectSpendingFacts] ([LineItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_ProjectCategoryId] ON [ProjectSpendingFacts] ([ProjectCategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_StageId] ON [ProjectSpendingFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_UnitId] ON [ProjectSpendingFacts] ([UnitId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ProjectSpendingFacts_Year] ON [ProjectSpendingFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Stages_Code] ON [Stages] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ThreePublicFacts_DepartmentId_Year] ON [ThreePublicFacts] ([DepartmentId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ThreePublicFacts_DocumentId] ON [ThreePublicFacts] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ThreePublicFacts_FundSourceId] ON [ThreePublicFacts] ([FundSourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ThreePublicFacts_StageId] ON [ThreePublicFacts] ([StageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    CREATE INDEX [IX_ThreePublicFacts_Year] ON [ThreePublicFacts] ([Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261206101415_Hc12SqlServerWarehouse'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261206101415_Hc12SqlServerWarehouse', N'10.0.14');
END;

COMMIT;
GO

