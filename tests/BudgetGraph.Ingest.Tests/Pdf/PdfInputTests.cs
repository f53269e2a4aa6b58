using System.Text;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Staging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BudgetGraph.Ingest.Tests.Pdf;

/// <summary>PDF input: the text layer as lines with pages and boxes; PDFs without one refused by name and reason.</summary>
public sealed class PdfInputTests
{
    public static TheoryData<string> CorpusPdfs => new() { "shiliqu-chengguan-2024", "yangli-nongye-2023" };

    [Fact]
    public void AScannedPdf_ImagesWithoutText_IsRefusedNamingTheFileAndTheReason()
    {
        var scan = ScannedPdf.Make(pages: 2);
        Assert.True(SourceDocument.IsPdf(scan));

        var refused = Assert.Throws<ImportRefusedException>(() => DocumentStager.Stage("scan.pdf", scan));

        Assert.Equal("scan.pdf: expected a PDF with a text layer, but its 2 pages hold only images and no text (a scan); "
            + "import the PDF the department published, or its text", refused.Message);
        Assert.Equal(0, refused.Line);
    }

    [Fact]
    public void AScanIsToldByItsHeaderBytes_NotByItsName()
    {
        var refused = Assert.Throws<ImportRefusedException>(() => DocumentStager.Stage("budget.txt", ScannedPdf.Make(pages: 1)));

        Assert.Equal("budget.txt: expected a PDF with a text layer, but its page holds only images and no text (a scan); "
            + "import the PDF the department published, or its text", refused.Message);
    }

    [Fact]
    public void AnEmptyPdf_NoTextAndNoImages_IsRefused()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 100, 100);
        var refused = Assert.Throws<ImportRefusedException>(() => DocumentStager.Stage("blank.pdf", builder.Build()));

        Assert.Equal("blank.pdf: expected a PDF with a text layer, but its page holds no text", refused.Message);
    }

    [Fact]
    public void ADamagedPdf_IsRefusedNamingTheFile()
    {
        var damaged = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthe rest of the file is missing");

        var refused = Assert.Throws<ImportRefusedException>(() => DocumentStager.Stage("damaged.pdf", damaged));

        Assert.Equal("damaged.pdf: expected a readable PDF, but its structure is damaged and it cannot be parsed", refused.Message);
    }

    [Fact]
    public void AnEncryptedPdf_IsRefusedNamingTheFile()
    {
        var refused = Assert.Throws<ImportRefusedException>(() => DocumentStager.Stage("locked.pdf", EncryptedPdf()));

        Assert.Equal("locked.pdf: expected a PDF that can be read without a password, but it is encrypted; "
            + "import an unprotected copy or its text", refused.Message);
    }

    [Fact]
    public void AFileNamedPdfThatIsNot_IsRefused()
    {
        var refused = Assert.Throws<ImportRefusedException>(() => DocumentStager.Stage("budget.pdf", Encoding.UTF8.GetBytes("部门名称：示例\n")));

        Assert.Equal("budget.pdf: expected a PDF (a file that starts with %PDF-), but it is not one", refused.Message);
    }

    [Fact]
    public void TextIsReadAsLinesWithoutPages()
    {
        var source = SourceDocument.Read("a.txt", Encoding.UTF8.GetBytes("一\r\n二\n三"));

        Assert.Equal(SourceKind.Text, source.Kind);
        Assert.Equal(["一", "二", "三"], source.Texts);
        Assert.Null(source.PageOf(2));
        Assert.Null(source.BoxOf(2));
    }

    [Fact]
    public void WordsBecomeRowsAndCells_CellsSeveralSpacesApart_WordsOneSpaceApart()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Total", 10, new PdfPoint(50, 700), font);
        page.AddText("in 2024", 10, new PdfPoint(80, 700), font); // 6 pt (0.6 em) after "Total": a space in the cell
        page.AddText("1,234", 10, new PdfPoint(200, 700.8), font); // a baseline a little off is the same row
        page.AddText("-", 10, new PdfPoint(300, 700), font);
        page.AddText("Next row", 10, new PdfPoint(60, 680), font);
        page.DrawLine(new PdfPoint(250, 690), new PdfPoint(250, 720)); // a ruling line between two cells
        page.AddText("left", 10, new PdfPoint(230, 660), font);
        page.AddText("right", 10, new PdfPoint(252, 660), font);
        page.DrawLine(new PdfPoint(250, 655), new PdfPoint(250, 675));

        var source = SourceDocument.Read("made.pdf", builder.Build());

        Assert.Equal(SourceKind.Pdf, source.Kind);
        var texts = source.Texts.Select(t => Regex.Replace(t, " {2,}", "|")).ToList();
        Assert.Equal(["Total in 2024|1,234|-", "|Next row", "|left|right"], texts);
        Assert.All(source.Lines, l => Assert.Equal(1, l.Page));
        Assert.Equal(["Total in 2024", "1,234", "-"], source.Lines[0].Cells.Select(c => c.Text));
        Assert.InRange(source.Lines[0].Cells[1].X0, 199.9, 200.1);
        Assert.Equal(["left", "right"], source.Lines[2].Cells.Select(c => c.Text));
        var box = source.BoxOf(1)!.Value;
        Assert.InRange(box.X0, 49, 51);
        Assert.InRange(box.Y0, 699, 701);
        Assert.True(box.X1 > 300 && box.X1 < 310 && box.Y1 > 705 && box.Y1 < 712, box.ToString());
    }

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void EveryPrintedFigureOfTheTruthFile_IsOnALineOfItsPage_InTheOrderOfTheText(string stem)
    {
        var pdf = SourceDocument.Read(stem + ".pdf", File.ReadAllBytes(Corpus.File(stem + ".pdf")));
        var text = File.ReadAllLines(Corpus.File(stem + ".txt"));
        var figures = Corpus.Figures(stem).Where(f => f.Printed.Length > 0).ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.NotNull(f.Page));
        Assert.All(pdf.Lines, l => Assert.True(l.Page >= 1 && l.Box is { } b && b.X0 <= b.X1 && b.Y0 <= b.Y1, $"{l}"));

        // The figures in the order the text prints them: by line, then left to right on the line.
        var ordered = figures.GroupBy(f => f.Line).OrderBy(g => g.Key)
            .SelectMany(g => InLineOrder(text[g.Key - 1], [.. g.OrderBy(f => f.Id)])).ToList();

        // Found in the PDF's lines in that same order, each on the page the truth file gives.
        var (line, offset) = (0, 0);
        var misplaced = new List<string>();
        foreach (var figure in ordered)
        {
            var found = Find(pdf, figure.Printed, line, offset);
            if (found is not { } at)
            {
                misplaced.Add($"#{figure.Id} '{figure.Printed}' (text line {figure.Line}) not found after PDF line {line + 1}");
                continue;
            }
            if (pdf.Lines[at.Line].Page != figure.Page)
                misplaced.Add($"#{figure.Id} '{figure.Printed}' on page {pdf.Lines[at.Line].Page}, truth says {figure.Page}");
            (line, offset) = (at.Line, at.Offset + figure.Printed.Length);
        }
        Assert.True(misplaced.Count == 0, $"{misplaced.Count} of {ordered.Count} figures:\n" + string.Join("\n", misplaced.Take(20)));
    }

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void EveryPrintedFigure_AppearsAsPrinted_OnALineOfThePageTheTruthFileSays(string stem)
    {
        var pdf = SourceDocument.Read(stem + ".pdf", File.ReadAllBytes(Corpus.File(stem + ".pdf")));
        var missing = Corpus.Figures(stem).Where(f => f.Printed.Length > 0)
            .Where(f => !pdf.Lines.Any(l => l.Page == f.Page && Occurrence(f.Printed).IsMatch(l.Text)))
            .Select(f => $"#{f.Id} '{f.Printed}' page {f.Page}").ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing.Take(20)));
    }

    [Fact]
    public void ATablePrintingZeroAsBlank_ComesOutAsTheTabRowsOfItsTextExtraction_BlankCellsKept()
    {
        const string stem = "yangli-nongye-2023";
        var pdf = SourceDocument.Read(stem + ".pdf", File.ReadAllBytes(Corpus.File(stem + ".pdf")));
        var text = File.ReadAllLines(Corpus.File(stem + ".txt")).ToHashSet();

        var rows = pdf.Lines.Select((l, i) => (l.Text, Next: i + 1 < pdf.Lines.Count ? pdf.Lines[i + 1].Text : ""))
            .Where(r => r.Text.Contains('\t') && Regex.IsMatch(r.Text, "[0-9],[0-9]{3}")).ToList();
        Assert.True(rows.Count > 100, $"{rows.Count} tab rows with amounts");
        // Every such row is a line of the text extraction, cell for cell, except where the PDF wraps the row's name
        // onto the next line (a row of blank cells and the rest of the name).
        var different = rows.Where(r => !text.Contains(r.Text) && r.Next.Split('\t').Count(c => c.Length > 0) != 1).ToList();
        Assert.True(different.Count == 0, string.Join("\n", different.Select(r => r.Text)));
    }

    [Fact]
    public void ATablePrintingZeroAsADash_KeepsTheSpacedLayoutOfItsTextExtraction()
    {
        const string stem = "shiliqu-chengguan-2024";
        var pdf = SourceDocument.Read(stem + ".pdf", File.ReadAllBytes(Corpus.File(stem + ".pdf")));

        Assert.DoesNotContain(pdf.Lines, l => l.Text.Contains('\t'));
        Assert.Contains(pdf.Lines, l => Regex.IsMatch(l.Text, "^ *2120101 {2,}行政运行 {2,}1,435 {2,}1,435 {2,}- {2,}- {2,}- {2,}-$"));
    }

    /// <summary>The figures of one text line ordered by where they are printed on it (the k-th figure printing the same text takes its k-th occurrence).</summary>
    private static IEnumerable<Corpus.Figure> InLineOrder(string line, List<Corpus.Figure> figures) =>
        figures.GroupBy(f => f.Printed).SelectMany(g =>
        {
            var offsets = Occurrence(g.Key).Matches(line).Select(m => m.Index).ToList();
            return g.Select((f, k) => (Figure: f, Offset: k < offsets.Count ? offsets[k] : int.MaxValue));
        }).OrderBy(x => x.Offset).Select(x => x.Figure);

    private static (int Line, int Offset)? Find(SourceDocument pdf, string printed, int line, int offset)
    {
        var regex = Occurrence(printed);
        for (var i = line; i < pdf.Lines.Count; i++)
        {
            var m = regex.Match(pdf.Lines[i].Text, i == line ? Math.Min(offset, pdf.Lines[i].Text.Length) : 0);
            if (m.Success) return (i, m.Index);
        }
        return null;
    }

    /// <summary>The printed text as a whole figure: not part of a longer number.</summary>
    private static Regex Occurrence(string printed) => new($@"(?<![0-9０-９.,，．]){Regex.Escape(printed)}(?![0-9０-９]|[.,，．][0-9０-９])");

    /// <summary>
    /// A one-page PDF whose trailer names a standard security handler (RC4, revision 3) with a user password the
    /// empty password does not open: a password-protected PDF.
    /// </summary>
    private static byte[] EncryptedPdf()
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Obj(string content)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(body.ToString()));
            body.Append($"{offsets.Count} 0 obj\n{content}\nendobj\n");
        }
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        var filler = new string('A', 64);
        Obj($"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <{filler}> /U <{filler}> >>");
        var xref = Encoding.ASCII.GetByteCount(body.ToString());
        body.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) body.Append($"{o:D10} 00000 n \n");
        body.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{filler[..32]}> <{filler[..32]}>] >>\n");
        body.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }
}
