using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace BudgetGraph.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Hc12SqlServerWarehouse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UnitType = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SupervisingDepartmentId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departments_Departments_SupervisingDepartmentId",
                        column: x => x.SupervisingDepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EconomicSubjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicSubjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EconomicSubjects_EconomicSubjects_ParentId",
                        column: x => x.ParentId,
                        principalTable: "EconomicSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FiscalYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiscalYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "FunctionalSubjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunctionalSubjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FunctionalSubjects_FunctionalSubjects_ParentId",
                        column: x => x.ParentId,
                        principalTable: "FunctionalSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundSources_FundSources_ParentId",
                        column: x => x.ParentId,
                        principalTable: "FundSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Stages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "nchar(64)", fixedLength: true, maxLength: 64, nullable: false),
                    LineCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Documents_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FunctionalSubjectId = table.Column<int>(type: "int", nullable: true),
                    ItemLink = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectCategories_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectCategories_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectCategories_FunctionalSubjects_FunctionalSubjectId",
                        column: x => x.FunctionalSubjectId,
                        principalTable: "FunctionalSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BalanceFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FundSourceId = table.Column<int>(type: "int", nullable: true),
                    Measure = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BalanceFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BalanceFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BalanceFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BalanceFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BalanceFacts_FundSources_FundSourceId",
                        column: x => x.FundSourceId,
                        principalTable: "FundSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BalanceFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BasicExpenditureFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EconomicSubjectId = table.Column<int>(type: "int", nullable: true),
                    FundSourceId = table.Column<int>(type: "int", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BasicExpenditureFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureFacts_EconomicSubjects_EconomicSubjectId",
                        column: x => x.EconomicSubjectId,
                        principalTable: "EconomicSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureFacts_FundSources_FundSourceId",
                        column: x => x.FundSourceId,
                        principalTable: "FundSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BasicExpenditureSplitFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EconomicSubjectId = table.Column<int>(type: "int", nullable: true),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    PersonnelYuan = table.Column<long>(type: "bigint", nullable: false),
                    PublicYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BasicExpenditureSplitFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_EconomicSubjects_EconomicSubjectId",
                        column: x => x.EconomicSubjectId,
                        principalTable: "EconomicSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BasicExpenditureSplitFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Path = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ParentPath = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    BasicYuan = table.Column<long>(type: "bigint", nullable: true),
                    ProjectYuan = table.Column<long>(type: "bigint", nullable: true),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false),
                    ItemLink = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    FactId = table.Column<long>(type: "bigint", nullable: true),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SortKey = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    ChildrenYuan = table.Column<long>(type: "bigint", nullable: true),
                    ToleranceYuan = table.Column<long>(type: "bigint", nullable: true),
                    ChildCount = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetFigures_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentProfileFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Measure = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentProfileFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentProfileFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentProfileFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DepartmentProfileFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EconomicExpenditureFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EconomicSubjectId = table.Column<int>(type: "int", nullable: true),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    BasicYuan = table.Column<long>(type: "bigint", nullable: false),
                    ProjectYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicExpenditureFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EconomicExpenditureFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EconomicExpenditureFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EconomicExpenditureFacts_EconomicSubjects_EconomicSubjectId",
                        column: x => x.EconomicSubjectId,
                        principalTable: "EconomicSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EconomicExpenditureFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EconomicExpenditureFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationScoreFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScoreHundredths = table.Column<int>(type: "int", nullable: false),
                    Grade = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationScoreFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationScoreFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationScoreFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationScoreFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationStatementFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Ordinal = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationStatementFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationStatementFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationStatementFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationStatementFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExecutionFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Measure = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExecutionFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExecutionFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExecutionFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExecutionFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExecutionRateFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Measure = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RateBasisPoints = table.Column<int>(type: "int", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionRateFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExecutionRateFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExecutionRateFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExecutionRateFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FunctionalExpenditureFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FunctionalSubjectId = table.Column<int>(type: "int", nullable: true),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    BasicYuan = table.Column<long>(type: "bigint", nullable: false),
                    ProjectYuan = table.Column<long>(type: "bigint", nullable: false),
                    OperatingYuan = table.Column<long>(type: "bigint", nullable: true),
                    SubsidyToAffiliatesYuan = table.Column<long>(type: "bigint", nullable: true),
                    RemittanceYuan = table.Column<long>(type: "bigint", nullable: true),
                    GeneralBudgetYuan = table.Column<long>(type: "bigint", nullable: true),
                    GovernmentFundYuan = table.Column<long>(type: "bigint", nullable: true),
                    StateCapitalYuan = table.Column<long>(type: "bigint", nullable: true),
                    ProcurementYuan = table.Column<long>(type: "bigint", nullable: true),
                    ProcurementSmeYuan = table.Column<long>(type: "bigint", nullable: true),
                    ProcurementMicroYuan = table.Column<long>(type: "bigint", nullable: true),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FunctionalExpenditureFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FunctionalExpenditureFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FunctionalExpenditureFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FunctionalExpenditureFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FunctionalExpenditureFacts_FunctionalSubjects_FunctionalSubjectId",
                        column: x => x.FunctionalSubjectId,
                        principalTable: "FunctionalSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FunctionalExpenditureFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IncomeFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FundSourceId = table.Column<int>(type: "int", nullable: false),
                    FunctionalSubjectId = table.Column<int>(type: "int", nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncomeFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncomeFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncomeFacts_Departments_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncomeFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IncomeFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncomeFacts_FunctionalSubjects_FunctionalSubjectId",
                        column: x => x.FunctionalSubjectId,
                        principalTable: "FunctionalSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncomeFacts_FundSources_FundSourceId",
                        column: x => x.FundSourceId,
                        principalTable: "FundSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncomeFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NarrativeFigureFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: true),
                    ChangeYuan = table.Column<long>(type: "bigint", nullable: true),
                    ComparedYear = table.Column<int>(type: "int", nullable: true),
                    PercentTenThousandths = table.Column<int>(type: "int", nullable: true),
                    PercentDecimals = table.Column<int>(type: "int", nullable: true),
                    Comparison = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    BaseLabel = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NarrativeFigureFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NarrativeFigureFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceTargetFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Level1 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Level2 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Level3 = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Target = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceTargetFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceTargetFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTargetFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerformanceTargetFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceTaskFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    AppropriationYuan = table.Column<long>(type: "bigint", nullable: false),
                    OtherYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceTaskFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTaskFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PriorYearStatementFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Subject = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    LaterAmountYuan = table.Column<long>(type: "bigint", nullable: true),
                    StatedChangeYuan = table.Column<long>(type: "bigint", nullable: true),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorYearStatementFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriorYearStatementFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PriorYearStatementFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PriorYearStatementFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PriorYearStatementFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementItemFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Ordinal = table.Column<int>(type: "int", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementItemFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementItemFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ThreePublicFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Item = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FundSourceId = table.Column<int>(type: "int", nullable: false),
                    IsChange = table.Column<bool>(type: "bit", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreePublicFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThreePublicFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ThreePublicFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThreePublicFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ThreePublicFacts_FundSources_FundSourceId",
                        column: x => x.FundSourceId,
                        principalTable: "FundSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ThreePublicFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LineItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectCategoryId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    FunctionalSubjectId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LineItems_FunctionalSubjects_FunctionalSubjectId",
                        column: x => x.FunctionalSubjectId,
                        principalTable: "FunctionalSubjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineItems_ProjectCategories_ProjectCategoryId",
                        column: x => x.ProjectCategoryId,
                        principalTable: "ProjectCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LineItemFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LineItemId = table.Column<int>(type: "int", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineItemFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LineItemFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineItemFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LineItemFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineItemFacts_LineItems_LineItemId",
                        column: x => x.LineItemId,
                        principalTable: "LineItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineItemFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectSpendingFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectCategoryId = table.Column<int>(type: "int", nullable: true),
                    FundSourceId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    LineItemId = table.Column<int>(type: "int", nullable: true),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "int", nullable: false),
                    DepartmentId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Schedule = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "int", nullable: false),
                    SourcePage = table.Column<int>(type: "int", nullable: true),
                    SourceX0 = table.Column<int>(type: "int", nullable: true),
                    SourceY0 = table.Column<int>(type: "int", nullable: true),
                    SourceX1 = table.Column<int>(type: "int", nullable: true),
                    SourceY1 = table.Column<int>(type: "int", nullable: true),
                    SourceFirstLine = table.Column<int>(type: "int", nullable: true),
                    Derived = table.Column<bool>(type: "bit", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectSpendingFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_Departments_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_FiscalYears_Year",
                        column: x => x.Year,
                        principalTable: "FiscalYears",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_FundSources_FundSourceId",
                        column: x => x.FundSourceId,
                        principalTable: "FundSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_LineItems_LineItemId",
                        column: x => x.LineItemId,
                        principalTable: "LineItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_ProjectCategories_ProjectCategoryId",
                        column: x => x.ProjectCategoryId,
                        principalTable: "ProjectCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectSpendingFacts_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "FundSources",
                columns: new[] { "Id", "Code", "Name", "ParentId" },
                values: new object[] { 1, "total", "收入总计", null });

            migrationBuilder.InsertData(
                table: "Stages",
                columns: new[] { "Id", "Code", "Name" },
                values: new object[,]
                {
                    { 1, "INITIAL", "年初预算" },
                    { 2, "ADJUSTED", "调整预算" },
                    { 3, "ACTUAL", "实际支出" }
                });

            migrationBuilder.InsertData(
                table: "FundSources",
                columns: new[] { "Id", "Code", "Name", "ParentId" },
                values: new object[,]
                {
                    { 2, "current", "本年收入", 1 },
                    { 18, "carryover", "上年结余、结转", 1 },
                    { 3, "gov", "政府预算拨款", 2 },
                    { 11, "special_account", "财政专户管理资金", 2 },
                    { 12, "unit", "单位资金", 2 },
                    { 19, "carryover_appropriation", "财政拨款结余、结转", 18 },
                    { 20, "carryover_other", "非财政拨款结余、结转", 18 },
                    { 4, "gpb", "一般公共预算拨款", 3 },
                    { 9, "govfund", "政府性基金预算拨款", 3 },
                    { 10, "soe", "国有资本经营预算拨款", 3 },
                    { 13, "unit_business", "事业收入", 12 },
                    { 14, "unit_operating", "事业单位经营收入", 12 },
                    { 15, "unit_superior", "上级补助收入", 12 },
                    { 16, "unit_affiliated", "附属单位上缴收入", 12 },
                    { 17, "unit_other", "其他收入", 12 },
                    { 5, "gpb_basic", "基本支出拨款", 4 },
                    { 6, "gpb_duty", "履职类项目拨款", 4 },
                    { 7, "gpb_special", "财政专项资金拨款", 4 },
                    { 8, "gpb_investment", "政府投资项目拨款", 4 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_BalanceFacts_DepartmentId_Year",
                table: "BalanceFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_BalanceFacts_DocumentId",
                table: "BalanceFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BalanceFacts_FundSourceId",
                table: "BalanceFacts",
                column: "FundSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_BalanceFacts_StageId",
                table: "BalanceFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_BalanceFacts_Year",
                table: "BalanceFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureFacts_DepartmentId_Year",
                table: "BasicExpenditureFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureFacts_DocumentId",
                table: "BasicExpenditureFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureFacts_EconomicSubjectId",
                table: "BasicExpenditureFacts",
                column: "EconomicSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureFacts_FundSourceId",
                table: "BasicExpenditureFacts",
                column: "FundSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureFacts_StageId",
                table: "BasicExpenditureFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureFacts_Year",
                table: "BasicExpenditureFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_DepartmentId_Year",
                table: "BasicExpenditureSplitFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_DocumentId",
                table: "BasicExpenditureSplitFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_EconomicSubjectId",
                table: "BasicExpenditureSplitFacts",
                column: "EconomicSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_StageId",
                table: "BasicExpenditureSplitFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_BasicExpenditureSplitFacts_Year",
                table: "BasicExpenditureSplitFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_DepartmentYear",
                table: "BudgetFigures",
                columns: new[] { "DepartmentId", "Year", "StageId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_DocumentId",
                table: "BudgetFigures",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_FactId",
                table: "BudgetFigures",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_Kind_Stage_Year_Code_Amounts",
                table: "BudgetFigures",
                columns: new[] { "Kind", "StageId", "Year", "Code", "DepartmentId", "TotalYuan", "BasicYuan", "ProjectYuan" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_StageId",
                table: "BudgetFigures",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetFigures_Year",
                table: "BudgetFigures",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentProfileFacts_DepartmentId_Year",
                table: "DepartmentProfileFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentProfileFacts_DocumentId",
                table: "DepartmentProfileFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentProfileFacts_Year",
                table: "DepartmentProfileFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Code",
                table: "Departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Name",
                table: "Departments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_SupervisingDepartmentId",
                table: "Departments",
                column: "SupervisingDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_DepartmentId_Year_Kind",
                table: "Documents",
                columns: new[] { "DepartmentId", "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Year",
                table: "Documents",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_EconomicExpenditureFacts_DepartmentId_Year",
                table: "EconomicExpenditureFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EconomicExpenditureFacts_DocumentId",
                table: "EconomicExpenditureFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_EconomicExpenditureFacts_EconomicSubjectId",
                table: "EconomicExpenditureFacts",
                column: "EconomicSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_EconomicExpenditureFacts_StageId",
                table: "EconomicExpenditureFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_EconomicExpenditureFacts_Year",
                table: "EconomicExpenditureFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_EconomicSubjects_Code",
                table: "EconomicSubjects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EconomicSubjects_ParentId",
                table: "EconomicSubjects",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScoreFacts_DepartmentId_Year",
                table: "EvaluationScoreFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScoreFacts_DocumentId",
                table: "EvaluationScoreFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScoreFacts_Year",
                table: "EvaluationScoreFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatementFacts_DepartmentId_Year",
                table: "EvaluationStatementFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatementFacts_DocumentId",
                table: "EvaluationStatementFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStatementFacts_Year",
                table: "EvaluationStatementFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionFacts_DepartmentId_Year",
                table: "ExecutionFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionFacts_DocumentId",
                table: "ExecutionFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionFacts_StageId",
                table: "ExecutionFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionFacts_Year",
                table: "ExecutionFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionRateFacts_DepartmentId_Year",
                table: "ExecutionRateFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionRateFacts_DocumentId",
                table: "ExecutionRateFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionRateFacts_Year",
                table: "ExecutionRateFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalExpenditureFacts_DepartmentId_Year",
                table: "FunctionalExpenditureFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalExpenditureFacts_DocumentId",
                table: "FunctionalExpenditureFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalExpenditureFacts_FunctionalSubjectId",
                table: "FunctionalExpenditureFacts",
                column: "FunctionalSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalExpenditureFacts_StageId",
                table: "FunctionalExpenditureFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalExpenditureFacts_Year",
                table: "FunctionalExpenditureFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalSubjects_Code",
                table: "FunctionalSubjects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FunctionalSubjects_ParentId",
                table: "FunctionalSubjects",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_FundSources_Code",
                table: "FundSources",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundSources_ParentId",
                table: "FundSources",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_DepartmentId_Year",
                table: "IncomeFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_DocumentId",
                table: "IncomeFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_FunctionalSubjectId",
                table: "IncomeFacts",
                column: "FunctionalSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_FundSourceId",
                table: "IncomeFacts",
                column: "FundSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_StageId",
                table: "IncomeFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_UnitId",
                table: "IncomeFacts",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_Year",
                table: "IncomeFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_LineItemFacts_DepartmentId_Year",
                table: "LineItemFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_LineItemFacts_DocumentId",
                table: "LineItemFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LineItemFacts_LineItemId",
                table: "LineItemFacts",
                column: "LineItemId");

            migrationBuilder.CreateIndex(
                name: "IX_LineItemFacts_StageId",
                table: "LineItemFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_LineItemFacts_Year",
                table: "LineItemFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_LineItems_FunctionalSubjectId",
                table: "LineItems",
                column: "FunctionalSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_LineItems_ProjectCategoryId_Name",
                table: "LineItems",
                columns: new[] { "ProjectCategoryId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_DepartmentId_Year",
                table: "NarrativeFigureFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_DocumentId",
                table: "NarrativeFigureFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_StageId",
                table: "NarrativeFigureFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_NarrativeFigureFacts_Year",
                table: "NarrativeFigureFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargetFacts_DepartmentId_Year",
                table: "PerformanceTargetFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargetFacts_DocumentId",
                table: "PerformanceTargetFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargetFacts_Year",
                table: "PerformanceTargetFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_DepartmentId_Year",
                table: "PerformanceTaskFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_DocumentId",
                table: "PerformanceTaskFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_StageId",
                table: "PerformanceTaskFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTaskFacts_Year",
                table: "PerformanceTaskFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_PriorYearStatementFacts_DepartmentId_Year",
                table: "PriorYearStatementFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PriorYearStatementFacts_DocumentId",
                table: "PriorYearStatementFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorYearStatementFacts_StageId",
                table: "PriorYearStatementFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorYearStatementFacts_Year",
                table: "PriorYearStatementFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_DepartmentId_Year",
                table: "ProcurementItemFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_DocumentId",
                table: "ProcurementItemFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_StageId",
                table: "ProcurementItemFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementItemFacts_Year",
                table: "ProcurementItemFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCategories_DepartmentId_Year_Name",
                table: "ProjectCategories",
                columns: new[] { "DepartmentId", "Year", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCategories_FunctionalSubjectId",
                table: "ProjectCategories",
                column: "FunctionalSubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCategories_Year",
                table: "ProjectCategories",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_DepartmentId_Year",
                table: "ProjectSpendingFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_DocumentId",
                table: "ProjectSpendingFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_FundSourceId",
                table: "ProjectSpendingFacts",
                column: "FundSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_LineItemId",
                table: "ProjectSpendingFacts",
                column: "LineItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_ProjectCategoryId",
                table: "ProjectSpendingFacts",
                column: "ProjectCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_StageId",
                table: "ProjectSpendingFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_UnitId",
                table: "ProjectSpendingFacts",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_Year",
                table: "ProjectSpendingFacts",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_Stages_Code",
                table: "Stages",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThreePublicFacts_DepartmentId_Year",
                table: "ThreePublicFacts",
                columns: new[] { "DepartmentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ThreePublicFacts_DocumentId",
                table: "ThreePublicFacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreePublicFacts_FundSourceId",
                table: "ThreePublicFacts",
                column: "FundSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreePublicFacts_StageId",
                table: "ThreePublicFacts",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreePublicFacts_Year",
                table: "ThreePublicFacts",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BalanceFacts");

            migrationBuilder.DropTable(
                name: "BasicExpenditureFacts");

            migrationBuilder.DropTable(
                name: "BasicExpenditureSplitFacts");

            migrationBuilder.DropTable(
                name: "BudgetFigures");

            migrationBuilder.DropTable(
                name: "DepartmentProfileFacts");

            migrationBuilder.DropTable(
                name: "EconomicExpenditureFacts");

            migrationBuilder.DropTable(
                name: "EvaluationScoreFacts");

            migrationBuilder.DropTable(
                name: "EvaluationStatementFacts");

            migrationBuilder.DropTable(
                name: "ExecutionFacts");

            migrationBuilder.DropTable(
                name: "ExecutionRateFacts");

            migrationBuilder.DropTable(
                name: "FunctionalExpenditureFacts");

            migrationBuilder.DropTable(
                name: "IncomeFacts");

            migrationBuilder.DropTable(
                name: "LineItemFacts");

            migrationBuilder.DropTable(
                name: "NarrativeFigureFacts");

            migrationBuilder.DropTable(
                name: "PerformanceTargetFacts");

            migrationBuilder.DropTable(
                name: "PerformanceTaskFacts");

            migrationBuilder.DropTable(
                name: "PriorYearStatementFacts");

            migrationBuilder.DropTable(
                name: "ProcurementItemFacts");

            migrationBuilder.DropTable(
                name: "ProjectSpendingFacts");

            migrationBuilder.DropTable(
                name: "ThreePublicFacts");

            migrationBuilder.DropTable(
                name: "EconomicSubjects");

            migrationBuilder.DropTable(
                name: "LineItems");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "FundSources");

            migrationBuilder.DropTable(
                name: "Stages");

            migrationBuilder.DropTable(
                name: "ProjectCategories");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "FiscalYears");

            migrationBuilder.DropTable(
                name: "FunctionalSubjects");
        }
    }
}
