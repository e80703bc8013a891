package vn.edu.platform.signing.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * One-page diplomas drawn with PDFBox for the tests, and what the tests read back from PDFs. The
 * Vietnamese text is set in Liberation Sans, the TrueType font PDFBox itself carries (embedded as a
 * subset); the diploma number is in Helvetica, a standard font, in an uncompressed content stream,
 * so that a test can find and change its digits in the PDF's bytes.
 */
final class Diplomas {

  /** Where PDFBox keeps the font it falls back to; it covers Vietnamese. */
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private Diplomas() {}

  /** A lower secondary school diploma of {@code student}, numbered {@code number}. */
  static byte[] diploma(String student, String number) {
    return draw(student, number, null);
  }

  /** The same diploma with an empty signature field {@code field} where the principal signs. */
  static byte[] diplomaWithSignatureField(String student, String number, String field) {
    return draw(student, number, field);
  }

  private static byte[] draw(String student, String number, String signatureField) {
    try (PDDocument document = new PDDocument()) {
      PDPage page =
          new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      document.addPage(page);
      drawPage(document, page, student, number);
      if (signatureField != null) {
        addEmptySignatureField(document, page, signatureField);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Draws the diploma on {@code page}, replacing what the page showed. */
  private static void drawPage(PDDocument document, PDPage page, String student, String number)
      throws IOException {
    PDFont vietnamese;
    try (InputStream font = Diplomas.class.getResourceAsStream(FONT)) {
      vietnamese = PDType0Font.load(document, font);
    }
    PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDPageContentStream content =
        new PDPageContentStream(document, page, AppendMode.OVERWRITE, false)) {
      line(content, vietnamese, 16, 250, 520, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      line(content, vietnamese, 13, 300, 500, "Độc lập - Tự do - Hạnh phúc");
      line(content, vietnamese, 22, 230, 440, "BẰNG TỐT NGHIỆP TRUNG HỌC CƠ SỞ");
      line(content, vietnamese, 14, 120, 380, "Giám đốc Sở Giáo dục và Đào tạo Hải Phòng");
      line(content, vietnamese, 14, 120, 350, "cấp bằng cho: " + student);
      line(content, vietnamese, 14, 120, 320, "Xếp loại tốt nghiệp: Khá");
      line(content, helvetica, 11, 120, 120, "So hieu: " + number);
    }
  }

  private static void line(
      PDPageContentStream content, PDFont font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static void addEmptySignatureField(PDDocument document, PDPage page, String name)
      throws IOException {
    PDAcroForm form = new PDAcroForm(document);
    document.getDocumentCatalog().setAcroForm(form);
    PDSignatureField field = new PDSignatureField(form);
    field.setPartialName(name);
    PDAnnotationWidget widget = field.getWidgets().getFirst();
    widget.setRectangle(new PDRectangle(520, 100, 200, 80));
    widget.setPage(page);
    page.getAnnotations().add(widget);
    form.getFields().add(field);
  }

  /** The text a reader sees on the PDF's pages. */
  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The signature dictionaries of the PDF, in the order of its fields. */
  static List<SignatureDictionary> signatures(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getSignatureFields().stream()
          .filter(field -> field.getSignature() != null)
          .map(
              field -> {
                PDSignature signature = field.getSignature();
                return new SignatureDictionary(
                    field.getPartialName(),
                    signature.getReason(),
                    signature.getLocation(),
                    signature.getSubFilter(),
                    signature.getContents());
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a PDF's signature dictionary and its field say, read by PDFBox. */
  record SignatureDictionary(
      String field, String reason, String location, String subFilter, byte[] contents) {}

  /** The number of CRLs in the PDF's document security store ({@code /DSS /CRLs}). */
  static int crlsInDocumentSecurityStore(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      COSDictionary store =
          document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
      if (store == null) {
        return 0;
      }
      COSArray crls = store.getCOSArray(COSName.getPDFName("CRLs"));
      return crls == null ? 0 : crls.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code signed} with a later revision, appended as an incremental update as a PDF editor would
   * write it, in which the page shows the same diploma numbered {@code forgedNumber}. The signed
   * revision's bytes are left as they are.
   */
  static byte[] withPageRedrawnAfterSigning(byte[] signed, String student, String forgedNumber) {
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDPage page = document.getPage(0);
      drawPage(document, page, student, forgedNumber);
      page.getCOSObject().setNeedToBeUpdated(true);
      page.getResources().getCOSObject().setNeedToBeUpdated(true);
      // saveIncremental writes the whole file: the signed bytes, then the new revision
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
