package vn.edu.platform.studentrecord.extract.adapter.out.pdf;

import vn.edu.platform.studentrecord.extract.fixtures.ExtractDocuments;
import vn.edu.platform.studentrecord.extract.fixtures.ExtractedRecords;

/** Extracts drawn by the real renderer, for the tests of what is done with them. */
public final class ExtractPdfs {

  private static final PdfBoxExtractRenderer RENDERER =
      new PdfBoxExtractRenderer("Sở Giáo dục và Đào tạo Hải Phòng");

  private ExtractPdfs() {}

  /** The grade-9 extract of {@link ExtractedRecords#lockedGrade9()}, unsealed. */
  public static byte[] grade9() {
    return RENDERER.render(ExtractDocuments.of(ExtractedRecords.lockedGrade9()));
  }
}
