package vn.edu.platform.studentrecord.extract.adapter.out.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRenderer;
import vn.edu.platform.studentrecord.extract.domain.ExtractDocument;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Level;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.NamedLevel;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Primary;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.PrimarySubjectLine;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Secondary;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.Signer;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord.SubjectLine;

/**
 * Draws an extract with PDFBox on A4 pages: the heading of the issuing authority and the national
 * motto, the title, the student, the year's results as the học bạ prints them, the record's
 * signatures and version, the extract's own facts and the QR code of its public verification.
 *
 * <p>The text is set in Liberation Sans, the TrueType font PDFBox carries, embedded as a subset:
 * its character map has every precomposed Vietnamese letter (the 12 vowels in their 6 tone forms
 * and both cases, Đ and đ: 146 letters, {@code PdfBoxExtractRendererTests}), and text is
 * NFC-normalised before it is drawn so that a name typed with combining marks still finds them. A
 * character the font lacks (an emoji in a purpose) is drawn as {@code ?} rather than failing the
 * extract. The font has no bold face: headings are drawn filled and stroked.
 */
@Component
class PdfBoxExtractRenderer implements ExtractRenderer {

  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private static final float MARGIN = 50;
  private static final float BOTTOM = 60;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float QR_SIZE = 92;
  private static final float FIELD_SIZE = 9.5f;

  private static final byte[] FONT_BYTES = readFont();

  private final String authority;

  PdfBoxExtractRenderer(
      @Value("${student-record.extracts.authority:Sở Giáo dục và Đào tạo Hải Phòng}")
          String authority) {
    this.authority = authority;
  }

  @Override
  public byte[] render(ExtractDocument document) {
    try (PDDocument pdf = new PDDocument()) {
      PDType0Font font = PDType0Font.load(pdf, new ByteArrayInputStream(FONT_BYTES), true);
      Canvas canvas = new Canvas(pdf, font);
      try {
        draw(document, canvas);
      } finally {
        canvas.close();
      }
      canvas.numberPages();
      describe(pdf, document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not draw extract " + document.number(), e);
    }
  }

  private void draw(ExtractDocument d, Canvas c) throws IOException {
    ExtractedRecord r = d.record();
    heading(c, r);
    c.gap(14);
    c.centred("TRÍCH LỤC HỌC BẠ", 16, true);
    c.gap(4);
    c.centred("Số: " + d.number().value(), 10, false);
    c.centred(
        "Năm học " + r.schoolYear() + " - Lớp " + r.className() + " (khối " + r.grade() + ")",
        10,
        false);
    c.gap(10);

    c.section("I. THÔNG TIN HỌC SINH");
    ExtractedRecord.Identity identity = r.identity();
    c.field("Họ và tên", identity.fullName());
    c.field("Ngày sinh", DATE.format(identity.dateOfBirth()));
    c.field("Giới tính", identity.sexName());
    c.field("Nơi sinh", identity.placeOfBirth());
    c.field(
        "Số định danh cá nhân",
        identity.maskedPersonalId() == null ? "Không có" : identity.maskedPersonalId());
    c.field("Mã học sinh", r.studentCode());
    c.gap(6);

    c.section("II. KẾT QUẢ HỌC TẬP VÀ RÈN LUYỆN");
    switch (r.results()) {
      case Secondary s -> secondary(c, r, s);
      case Primary p -> primary(c, p);
    }
    c.gap(6);

    c.section("III. CHỮ KÝ SỐ CỦA HỌC BẠ");
    for (Signer signer : r.signers()) {
      c.field(signer.printedRole(), signer.login() + ", ký số lúc " + dateTime(signer.signedAt()));
    }
    c.field("Trạng thái học bạ", r.statusName());
    ExtractedRecord.Correction correction = r.correction();
    c.field(
        "Phiên bản học bạ",
        r.version()
            + (correction == null
                ? " (bản gốc)"
                : " (bản đính chính theo Quyết định số "
                    + correction.decisionNumber()
                    + " ngày "
                    + DATE.format(correction.decisionDate())
                    + ")"));
    if (r.corrected()) {
      c.field("Lưu ý", "Phiên bản này đã được đính chính bởi một phiên bản sau");
    }
    c.gap(6);

    c.section("IV. THÔNG TIN TRÍCH LỤC");
    verification(c, d);
    c.gap(8);
    c.paragraph(
        "Trích lục này được cấp từ học bạ số và được đóng dấu số (chữ ký số PAdES) của hệ thống"
            + " học bạ số, xác nhận sao đúng nội dung học bạ đã được giáo viên chủ nhiệm và hiệu"
            + " trưởng ký số. Chữ ký số của giáo viên chủ nhiệm và hiệu trưởng nằm trong học bạ số;"
            + " thông tin kiểm tra bằng mã QR cho biết học bạ có còn nguyên vẹn và có bị đính chính"
            + " hay không.",
        8);
  }

  private void heading(Canvas c, ExtractedRecord r) throws IOException {
    float left = MARGIN + WIDTH * 0.22f;
    float right = MARGIN + WIDTH * 0.72f;
    float top = c.y;
    c.centredAt(left, upper(authority), 9, true);
    c.centredAt(left, "Mã trường: " + r.schoolCode(), 9, false);
    float afterLeft = c.y;
    c.y = top;
    c.centredAt(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 9, true);
    c.centredAt(right, "Độc lập - Tự do - Hạnh phúc", 9, false);
    c.y = Math.min(c.y, afterLeft);
  }

  private void secondary(Canvas c, ExtractedRecord r, Secondary s) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (SubjectLine line : s.subjects()) {
      rows.add(
          line.scored()
              ? new String[] {
                line.name(),
                decimal(line.semester1Average()),
                decimal(line.semester2Average()),
                decimal(line.yearAverage())
              }
              : new String[] {
                line.name(),
                name(line.semester1Result()),
                name(line.semester2Result()),
                name(line.yearResult())
              });
    }
    c.table(
        new String[] {"Môn học, hoạt động giáo dục", "Học kì I", "Học kì II", "Cả năm"},
        new float[] {0.52f, 0.16f, 0.16f, 0.16f},
        rows,
        9);
    c.gap(6);
    c.field(
        "Kết quả học tập",
        "Học kì I: "
            + s.learningSemester1().name()
            + "; Học kì II: "
            + s.learningSemester2().name()
            + "; Cả năm: "
            + s.learningYear().name());
    c.field(
        "Kết quả rèn luyện",
        "Học kì I: "
            + name(s.conductSemester1())
            + "; Học kì II: "
            + name(s.conductSemester2())
            + "; Cả năm: "
            + s.conductYear().name());
    c.field("Số buổi nghỉ học cả năm", String.valueOf(s.absences()));
    c.field("Kết quả cuối năm", s.decision());
    c.field("Danh hiệu", s.award() == null ? "Không" : s.award());
    Instant completion = r.lowerSecondaryCompletionConfirmedAt();
    if (completion != null) {
      c.field(
          "Xác nhận hoàn thành chương trình trung học cơ sở",
          "Hiệu trưởng xác nhận ngày " + DATE.format(completion.atZone(VIETNAM)));
    }
  }

  private void primary(Canvas c, Primary p) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (PrimarySubjectLine line : p.subjects()) {
      rows.add(
          new String[] {
            line.name(),
            name(line.semester1Level()),
            score(line.semester1Test()),
            line.yearLevel().name(),
            score(line.yearTest())
          });
    }
    c.table(
        new String[] {
          "Môn học, hoạt động giáo dục",
          "Cuối học kì I: mức đạt được",
          "Điểm KT cuối học kì I",
          "Cuối năm: mức đạt được",
          "Điểm KT cuối năm"
        },
        new float[] {0.36f, 0.19f, 0.13f, 0.19f, 0.13f},
        rows,
        8.5f);
    c.gap(6);
    c.field("Phẩm chất", namedLevels(p.qualities()));
    c.field("Năng lực", namedLevels(p.competencies()));
    c.field("Kết quả đánh giá cuối năm", p.outcome().name());
    c.field("Số buổi nghỉ học cả năm", String.valueOf(p.absences()));
    c.field("Kết quả cuối năm", p.decision());
  }

  /**
   * The extract's own facts beside the QR code of its verification link: number, purpose, date,
   * issuer, the code to type, and the link itself.
   */
  private void verification(Canvas c, ExtractDocument d) throws IOException {
    c.need(QR_SIZE + 4);
    float top = c.y;
    c.qr(QrCode.of(d.verificationLink().toString()), MARGIN, top - QR_SIZE, QR_SIZE);
    c.column(MARGIN + QR_SIZE + 8, WIDTH - QR_SIZE - 8);
    try {
      c.gap(4);
      c.field("Số trích lục", d.number().value());
      c.field("Mục đích sử dụng", d.purpose());
      c.field("Ngày cấp", DATE.format(d.issuedAt().atZone(VIETNAM)));
      c.field("Cấp theo yêu cầu của", d.issuer().printedName());
      c.field("Mã tra cứu", d.code().grouped());
      c.textBlock(
          "Kiểm tra trích lục với học bạ số: quét mã QR, hoặc truy cập "
              + d.verificationLink()
              + " (hoặc nhập mã tra cứu)",
          8,
          false);
    } finally {
      c.fullWidth();
    }
    c.y = Math.min(c.y, top - QR_SIZE);
  }

  private static void describe(PDDocument pdf, ExtractDocument d) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    // the title names the extract, not the student: a file's properties travel further than it
    info.setTitle("Trích lục học bạ " + d.number().value());
    info.setSubject("Trích lục học bạ số, năm học " + d.record().schoolYear());
    info.setProducer("edu-platform student-record-service");
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM), Locale.ROOT);
    created.setTimeInMillis(d.issuedAt().toEpochMilli());
    info.setCreationDate(created);
    pdf.getDocumentCatalog().setLanguage("vi-VN");
  }

  private static String dateTime(Instant at) {
    var local = at.atZone(VIETNAM);
    return TIME.format(local) + " ngày " + DATE.format(local);
  }

  /** A decimal as Vietnamese writes it: {@code 8,4}. */
  static String decimal(@Nullable BigDecimal value) {
    return value == null ? "" : value.toPlainString().replace('.', ',');
  }

  private static String score(@Nullable Integer score) {
    return score == null ? "" : String.valueOf(score);
  }

  private static String name(@Nullable Level level) {
    return level == null ? "" : level.name();
  }

  private static String namedLevels(List<NamedLevel> levels) {
    return String.join("; ", levels.stream().map(l -> l.name() + ": " + l.level().name()).toList());
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.forLanguageTag("vi"));
  }

  private static byte[] readFont() {
    try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's font " + FONT + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pages being drawn, top to bottom, with a new page when the next block does not fit. */
  private static final class Canvas {

    private final PDDocument pdf;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private float y;
    private float left = MARGIN;
    private float columnWidth = WIDTH;

    Canvas(PDDocument pdf, PDType0Font font) throws IOException {
      this.pdf = pdf;
      this.font = font;
      newPage();
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      stream = new PDPageContentStream(pdf, page);
      y = PDRectangle.A4.getHeight() - 40;
    }

    void close() throws IOException {
      stream.close();
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin. */
    void need(float height) throws IOException {
      if (y - height < BOTTOM) {
        newPage();
      }
    }

    void gap(float points) {
      y -= points;
    }

    /** Draws the following fields and text blocks in a column. */
    void column(float x, float width) {
      left = x;
      columnWidth = width;
    }

    void fullWidth() {
      left = MARGIN;
      columnWidth = WIDTH;
    }

    void section(String title) throws IOException {
      need(40);
      line(MARGIN, title, 11, true);
      y -= 3;
    }

    /** {@code label: value}, the value wrapped beside the label, in the current column. */
    void field(String label, String value) throws IOException {
      float size = FIELD_SIZE;
      String prefix = printable(label) + ": ";
      float indent = width(prefix, size);
      if (indent > columnWidth * 0.55f) {
        textBlock(label + ": " + value, size, false);
        return;
      }
      List<String> lines = wrap(printable(value), columnWidth - indent, size);
      need(lines.size() * leading(size));
      y -= leading(size);
      show(left, y, prefix, size, false);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          y -= leading(size);
        }
        show(left + indent, y, lines.get(i), size, false);
      }
    }

    void paragraph(String text, float size) throws IOException {
      textBlock(text, size, false);
    }

    /** Text wrapped in the current column. */
    void textBlock(String text, float size, boolean bold) throws IOException {
      List<String> lines = wrap(printable(text), columnWidth, size);
      need(lines.size() * leading(size));
      for (String l : lines) {
        y -= leading(size);
        show(left, y, l, size, bold);
      }
    }

    void centred(String text, float size, boolean bold) throws IOException {
      centredAt(MARGIN + WIDTH / 2, text, size, bold);
    }

    void centredAt(float centre, String text, float size, boolean bold) throws IOException {
      String printable = printable(text);
      need(leading(size));
      y -= leading(size);
      show(centre - width(printable, size) / 2, y, printable, size, bold);
    }

    private void line(float x, String text, float size, boolean bold) throws IOException {
      y -= leading(size);
      show(x, y, printable(text), size, bold);
    }

    /** A table with a header row, each cell wrapped in its column, ruled. */
    void table(String[] header, float[] fractions, List<String[]> rows, float size)
        throws IOException {
      float[] widths = new float[fractions.length];
      for (int i = 0; i < fractions.length; i++) {
        widths[i] = WIDTH * fractions[i];
      }
      row(header, widths, size, true);
      for (String[] row : rows) {
        row(row, widths, size, false);
      }
    }

    private void row(String[] cells, float[] widths, float size, boolean header)
        throws IOException {
      float padding = 2;
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < cells.length; i++) {
        List<String> cell = wrap(printable(cells[i]), widths[i] - 2 * padding, size);
        wrapped.add(cell);
        lines = Math.max(lines, cell.size());
      }
      float height = lines * leading(size) + 2 * padding;
      need(height);
      float top = y;
      float x = MARGIN;
      stream.setLineWidth(0.5f);
      for (int i = 0; i < cells.length; i++) {
        stream.addRect(x, top - height, widths[i], height);
        stream.stroke();
        float lineY = top - padding;
        for (String text : wrapped.get(i)) {
          lineY -= leading(size);
          float textX =
              i == 0 ? x + padding : x + (widths[i] - width(text, size)) / 2; // names left
          show(textX, lineY + 2, text, size, header);
        }
        x += widths[i];
      }
      y = top - height;
    }

    /**
     * The QR code at {@code (x, y)} (its lower left corner), {@code size} wide with its quiet zone.
     */
    void qr(QrCode code, float x, float bottom, float size) throws IOException {
      int modules = code.size() + 2 * QrCode.QUIET_ZONE;
      float module = size / modules;
      stream.setNonStrokingColor(0f);
      for (int row = 0; row < code.size(); row++) {
        int column = 0;
        while (column < code.size()) {
          if (!code.dark()[row][column]) {
            column++;
            continue;
          }
          int start = column;
          while (column < code.size() && code.dark()[row][column]) {
            column++;
          }
          // one rectangle per run of dark modules; rows are counted from the top
          stream.addRect(
              x + (QrCode.QUIET_ZONE + start) * module,
              bottom + size - (QrCode.QUIET_ZONE + row + 1) * module,
              (column - start) * module,
              module);
        }
      }
      stream.fill();
    }

    /** "Trang 1/2" at the foot of every page, once all are drawn. */
    void numberPages() throws IOException {
      int count = pdf.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        PDPage page = pdf.getPage(i);
        try (PDPageContentStream foot =
            new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
          String text = "Trang " + (i + 1) + "/" + count;
          foot.beginText();
          foot.setFont(font, 8);
          foot.newLineAtOffset(MARGIN + WIDTH - width(text, 8), 30);
          foot.showText(text);
          foot.endText();
        }
      }
    }

    private void show(float x, float baseline, String text, float size, boolean bold)
        throws IOException {
      if (text.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setFont(font, size);
      if (bold) {
        stream.setRenderingMode(RenderingMode.FILL_STROKE);
        stream.setLineWidth(size * 0.035f);
      } else {
        stream.setRenderingMode(RenderingMode.FILL);
      }
      stream.newLineAtOffset(x, baseline);
      stream.showText(text);
      stream.endText();
    }

    private static float leading(float size) {
      return size * 1.3f;
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** Words to lines of at most {@code width}; a word longer than a line is cut. */
    private List<String> wrap(String text, float width, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (width(candidate, size) <= width) {
          current.setLength(0);
          current.append(candidate);
          continue;
        }
        if (!current.isEmpty()) {
          lines.add(current.toString());
          current.setLength(0);
        }
        String rest = word;
        while (width(rest, size) > width) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), size) > width) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        current.append(rest);
      }
      if (!current.isEmpty() || lines.isEmpty()) {
        lines.add(current.toString());
      }
      return lines;
    }

    /** NFC, one line, and {@code ?} for what the font cannot draw. */
    private String printable(String text) {
      String normalised =
          Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
      StringBuilder out = new StringBuilder(normalised.length());
      normalised
          .codePoints()
          .forEach(
              cp -> {
                String ch = new String(Character.toChars(cp));
                if (drawable(ch)) {
                  out.append(ch);
                } else {
                  out.append('?');
                }
              });
      return out.toString();
    }

    private boolean drawable(String ch) {
      try {
        font.encode(ch);
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }
  }
}
