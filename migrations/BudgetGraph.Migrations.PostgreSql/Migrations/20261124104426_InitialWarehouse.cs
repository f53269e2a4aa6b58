using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace BudgetGraph.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialWarehouse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SupervisingDepartmentId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true)
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
                    Year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiscalYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "FunctionalSubjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FunctionalSubjectId = table.Column<int>(type: "integer", nullable: true),
                    ItemLink = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EconomicSubjectId = table.Column<int>(type: "integer", nullable: true),
                    FundSourceId = table.Column<int>(type: "integer", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                name: "DepartmentProfileFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EconomicSubjectId = table.Column<int>(type: "integer", nullable: true),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    BasicYuan = table.Column<long>(type: "bigint", nullable: false),
                    ProjectYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                name: "ExecutionFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RateBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FunctionalSubjectId = table.Column<int>(type: "integer", nullable: true),
                    TotalYuan = table.Column<long>(type: "bigint", nullable: false),
                    BasicYuan = table.Column<long>(type: "bigint", nullable: false),
                    ProjectYuan = table.Column<long>(type: "bigint", nullable: false),
                    OperatingYuan = table.Column<long>(type: "bigint", nullable: true),
                    SubsidyToAffiliatesYuan = table.Column<long>(type: "bigint", nullable: true),
                    RemittanceYuan = table.Column<long>(type: "bigint", nullable: true),
                    ProcurementYuan = table.Column<long>(type: "bigint", nullable: true),
                    ProcurementSmeYuan = table.Column<long>(type: "bigint", nullable: true),
                    ProcurementMicroYuan = table.Column<long>(type: "bigint", nullable: true),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_FunctionalExpenditureFacts_FunctionalSubjects_FunctionalSub~",
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FundSourceId = table.Column<int>(type: "integer", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                name: "PerformanceTargetFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Level1 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level2 = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level3 = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Target = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "PriorYearStatementFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    LaterAmountYuan = table.Column<long>(type: "bigint", nullable: true),
                    StatedChangeYuan = table.Column<long>(type: "bigint", nullable: true),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                name: "ThreePublicFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Item = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FundSourceId = table.Column<int>(type: "integer", nullable: false),
                    IsChange = table.Column<bool>(type: "boolean", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectCategoryId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LineItems_ProjectCategories_ProjectCategoryId",
                        column: x => x.ProjectCategoryId,
                        principalTable: "ProjectCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectSpendingFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectCategoryId = table.Column<int>(type: "integer", nullable: true),
                    FundSourceId = table.Column<int>(type: "integer", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "LineItemFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LineItemId = table.Column<int>(type: "integer", nullable: false),
                    AmountYuan = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceTable = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceLine = table.Column<int>(type: "integer", nullable: false),
                    Derived = table.Column<bool>(type: "boolean", nullable: false),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    PublishedDecimals = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_IncomeFacts_FundSourceId",
                table: "IncomeFacts",
                column: "FundSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_IncomeFacts_StageId",
                table: "IncomeFacts",
                column: "StageId");

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
                name: "IX_LineItems_ProjectCategoryId_Name",
                table: "LineItems",
                columns: new[] { "ProjectCategoryId", "Name" },
                unique: true);

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
                name: "IX_ProjectSpendingFacts_ProjectCategoryId",
                table: "ProjectSpendingFacts",
                column: "ProjectCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectSpendingFacts_StageId",
                table: "ProjectSpendingFacts",
                column: "StageId");

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
                name: "DepartmentProfileFacts");

            migrationBuilder.DropTable(
                name: "EconomicExpenditureFacts");

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
                name: "PerformanceTargetFacts");

            migrationBuilder.DropTable(
                name: "PriorYearStatementFacts");

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
