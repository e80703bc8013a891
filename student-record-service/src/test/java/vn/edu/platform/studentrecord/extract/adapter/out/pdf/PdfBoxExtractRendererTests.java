package vn.edu.platform.studentrecord.extract.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractDocuments;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractedRecords;

/** The PDF of an extract says what the record says, in Vietnamese a reader can copy from it. */
class PdfBoxExtractRendererTests {

  private final PdfBoxExtractRenderer renderer =
      new PdfBoxExtractRenderer("Sở Giáo dục và Đào tạo Hải Phòng");

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theTextHoldsTheVietnameseNameAndTheResultsExactlyAsTheRecordHasThem() throws IOException {
    String text = text(renderer.render(ExtractDocuments.of(ExtractedRecords.lockedGrade9())));

    assertThat(text)
        .contains("TRÍCH LỤC HỌC BẠ")
        .contains("Đặng Thị Mỹ Ngữ")
        .contains("14/03/2011")
        .contains("Nữ")
        .contains("Thủy Nguyên, Hải Phòng")
        .contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG")
        .contains("Mã trường: S311002")
        .contains("Năm học 2025-2026 - Lớp 9A1 (khối 9)");
    // each subject's row: its name, then semester I, semester II and the year, comma decimals
    assertThat(text).containsPattern("Toán\\s+8,1\\s+8,6\\s+8,4");
    assertThat(text).containsPattern("Ngữ văn\\s+7,5\\s+8,1\\s+7,9");
    assertThat(text).containsPattern("Công nghệ\\s+6,0\\s+6,8\\s+6,5");
    assertThat(text).containsPattern("Giáo dục thể chất\\s+Đạt\\s+Đạt\\s+Đạt");
    assertThat(text).contains("Hoạt động trải nghiệm, hướng nghiệp");
    assertThat(text)
        .contains("Kết quả học tập: Học kì I: Khá; Học kì II: Tốt; Cả năm: Tốt")
        .contains("Kết quả rèn luyện: Học kì I: Tốt; Học kì II: Tốt; Cả năm: Tốt")
        .contains("Kết quả cuối năm: Hoàn thành chương trình trung học cơ sở")
        .contains("Danh hiệu: Học sinh Giỏi")
        .contains("Số buổi nghỉ học cả năm: 3");
  }

  @Test
  void theSignersTheVersionAndTheExtractsOwnFactsAreOnIt() throws IOException {
    String text = text(renderer.render(ExtractDocuments.of(ExtractedRecords.lockedGrade9())));

    // 08:30 UTC is 15:30 in Hải Phòng
    assertThat(text)
        .contains("Giáo viên chủ nhiệm: gv.s311002, ký số lúc 15:30 ngày 25/05/2026")
        .contains("Hiệu trưởng: ht.s311002, ký số lúc 10:00 ngày 28/05/2026")
        .contains("Trạng thái học bạ: Đã khoá")
        .contains("Phiên bản học bạ: 1 (bản gốc)")
        .contains("Số trích lục: S311002-2025-2026-000123")
        .contains("Mục đích sử dụng: Nộp hồ sơ tuyển sinh lớp 10")
        .contains("Ngày cấp: 02/06/2026")
        .contains("Cấp theo yêu cầu của: Hiệu trưởng (ht.s311002)")
        .contains("Mã tra cứu: K7QW-2MZP-4XNA-3RDT");
  }

  @Test
  void thePersonalIdIsMaskedButItsLastFourDigits() throws IOException {
    String text = text(renderer.render(ExtractDocuments.of(ExtractedRecords.lockedGrade9())));

    assertThat(text).contains("Số định danh cá nhân: ********5678");
    assertThat(text).doesNotContain(ExtractedRecords.PERSONAL_ID).doesNotContain("03121100");
  }

  @Test
  void theFontIsEmbeddedAsASubsetAndThePageIsA4() throws IOException {
    byte[] pdf = renderer.render(ExtractDocuments.of(ExtractedRecords.lockedGrade9()));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(
              font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                // a subset's name carries a six-letter tag: ABCDEF+LiberationSans
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans.*");
              });
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Trích lục học bạ S311002-2025-2026-000123")
          .doesNotContain(ExtractedRecords.NAME);
    }
    assertThat(pdf.length).as("a subset, not the whole 400 kB font").isLessThan(120_000);
  }

  @Test
  void aPrimaryRecordShowsItsLevelsTestsQualitiesAndCompetencies() throws IOException {
    ExtractedRecord primary = ExtractedRecords.primaryGrade3();

    String text = text(renderer.render(ExtractDocuments.of(primary)));

    assertThat(text).contains("Vũ Ngọc Ánh").contains("Số định danh cá nhân: Không có");
    assertThat(text).containsPattern("Tiếng Việt\\s+Hoàn thành tốt\\s+9\\s+Hoàn thành tốt\\s+10");
    assertThat(text).containsPattern("Đạo đức\\s+Hoàn thành\\s+Hoàn thành");
    assertThat(text)
        .contains("Phẩm chất: Trung thực: Tốt")
        .contains("Năng lực: Giao tiếp và hợp tác: Đạt")
        .contains("Kết quả đánh giá cuối năm: Hoàn thành tốt")
        .contains("Kết quả cuối năm: Hoàn thành chương trình lớp 3")
        .contains("Phó hiệu trưởng ký thay hiệu trưởng (12/QĐ-THHB): pht.s311002");
  }

  @Test
  void everyVietnameseLetterIsDrawnAndReadBackNotReplaced() throws IOException {
    StringBuilder tones = new StringBuilder();
    for (String toned : List.of("à", "á", "ả", "ã", "ạ")) {
      tones.append(Normalizer.normalize(toned, Normalizer.Form.NFD).substring(1));
    }
    List<String> words = new ArrayList<>();
    for (char vowel : "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".toCharArray()) {
      StringBuilder word = new StringBuilder().append(vowel);
      for (char tone : tones.toString().toCharArray()) {
        word.append(Normalizer.normalize(vowel + String.valueOf(tone), Normalizer.Form.NFC));
      }
      words.add(word.toString());
    }
    words.add("Đđ");
    assertThat(String.join("", words).codePoints().count()).isEqualTo(146);
    var document = ExtractDocuments.of(ExtractedRecords.lockedGrade9());
    var withEveryLetter =
        new vn.edu.platform.studentrecord.extract.domain.ExtractDocument(
            document.record(),
            document.number(),
            String.join(" ", words),
            document.issuedAt(),
            document.issuer(),
            document.verificationLink(),
            document.code());

    String text = text(renderer.render(withEveryLetter));

    assertThat(words).allSatisfy(word -> assertThat(text).contains(word));
  }

  @Test
  void aPurposeWithACharacterTheFontLacksStillGivesAnExtract() throws IOException {
    var document = ExtractDocuments.of(ExtractedRecords.lockedGrade9());
    var withEmoji =
        new vn.edu.platform.studentrecord.extract.domain.ExtractDocument(
            document.record(),
            document.number(),
            "Nộp hồ sơ 📚 du học",
            document.issuedAt(),
            document.issuer(),
            document.verificationLink(),
            document.code());

    assertThat(text(renderer.render(withEmoji))).contains("Mục đích sử dụng: Nộp hồ sơ ? du học");
  }

  @Test
  void aLongRecordContinuesOnASecondPageNumberedOfTwo() throws IOException {
    ExtractedRecord record = ExtractedRecords.lockedGrade9();
    ExtractedRecord.Secondary results = (ExtractedRecord.Secondary) record.results();
    List<ExtractedRecord.SubjectLine> many = new ArrayList<>(results.subjects());
    many.addAll(results.subjects());
    ExtractedRecord longer =
        new ExtractedRecord(
            record.recordId(),
            record.studentCode(),
            record.schoolYear(),
            record.version(),
            record.status(),
            record.signedByInstitution(),
            record.schoolCode(),
            record.grade(),
            record.className(),
            record.identity(),
            new ExtractedRecord.Secondary(
                many,
                results.learningSemester1(),
                results.learningSemester2(),
                results.learningYear(),
                results.conductSemester1(),
                results.conductSemester2(),
                results.conductYear(),
                results.absences(),
                results.decision(),
                results.award()),
            record.signers(),
            record.correction(),
            record.supersededBy(),
            record.lowerSecondaryCompletionConfirmedAt());

    byte[] pdf = renderer.render(ExtractDocuments.of(longer));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
    }
    assertThat(text(pdf)).contains("Trang 1/2").contains("Trang 2/2").contains("Mã tra cứu");
  }
}
