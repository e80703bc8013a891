package vn.edu.platform.studentrecord.extract.application.port.out;

import vn.edu.platform.studentrecord.extract.domain.ExtractDocument;

/** Draws an extract as a PDF (unsealed). */
public interface ExtractRenderer {

  byte[] render(ExtractDocument document);
}
