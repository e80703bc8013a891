package vn.edu.platform.studentrecord.extract.adapter.out.seal;

import eu.europa.esig.dss.model.DSSException;
import java.util.List;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.pades.PdfSignatureDetails;
import vn.edu.platform.signing.pades.PdfSigner;
import vn.edu.platform.signing.signer.SigningKey;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal;

/**
 * The seal as platform-signing's PAdES signature: an incremental update of the PDF signed with the
 * seal's key, at baseline-LT when a time-stamp authority and the validation data are at hand (the
 * extract then verifies offline for as long as its chain's algorithms hold), else at baseline-B.
 */
final class PadesExtractSeal implements ExtractSeal {

  /** What the signature dictionary says the seal means. */
  static final String REASON = "Trích lục học bạ: sao đúng học bạ số đã được ký";

  private final PdfSigner signer;
  private final SigningKey key;
  private final JsonSigner.Level level;
  private final PdfSignatureDetails details;

  PadesExtractSeal(PdfSigner signer, SigningKey key, JsonSigner.Level level, String location) {
    this.signer = signer;
    this.key = key;
    this.level = level;
    this.details = PdfSignatureDetails.of(REASON, location);
  }

  JsonSigner.Level level() {
    return level;
  }

  @Override
  public byte[] seal(byte[] pdf) {
    try {
      return signer.sign(List.of(pdf), key, level, details).getFirst();
    } catch (DSSException e) {
      // the time-stamp authority or the revocation data out of reach, the seal's certificate
      // revoked: the extract cannot be sealed now, and is not issued
      throw new SealUnavailable("the extract seal could not sign: " + e.getMessage(), e);
    }
  }
}
