package vn.edu.platform.studentrecord.extract.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractDocuments;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractedRecords;

/**
 * The QR code printed on the extract reads back, from the page as a reader's camera would see it,
 * as the public verification link with the extract's code.
 */
class ExtractQrCodeTests {

  private final PdfBoxExtractRenderer renderer =
      new PdfBoxExtractRenderer("Sở Giáo dục và Đào tạo Hải Phòng");

  private static Result decode(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
  }

  @Test
  void thePageRenderedAt150DpiDecodesToTheVerificationLinkWithTheCode() throws Exception {
    byte[] pdf = renderer.render(ExtractDocuments.of(ExtractedRecords.lockedGrade9()));

    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).as("a grade's record fits one page").isEqualTo(1);
      page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
    }
    Result result = decode(page);

    assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
    assertThat(result.getText())
        .isEqualTo(
            "https://hocba.haiphong.edu.vn/public/v1/student-records/verifications/"
                + ExtractedRecords.RECORD_ID
                + "?code=K7QW2MZP4XNA3RDT");
    assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL))
        .isEqualTo("M");
  }

  @Test
  void theModulesAreThoseOfZxingsEncoderAtLevelM() {
    QrCode code = QrCode.of("https://hocba.haiphong.edu.vn/public/v1/student-records/x");

    // 57 bytes at level M need version 4 (62 bytes; version 3 holds 42): 33 modules a side
    assertThat(code.size()).isEqualTo(33);
    // the three finder patterns' dark corners
    assertThat(code.dark()[0][0]).isTrue();
    assertThat(code.dark()[0][code.size() - 1]).isTrue();
    assertThat(code.dark()[code.size() - 1][0]).isTrue();
  }
}
