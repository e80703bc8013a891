package vn.edu.platform.studentrecord.extract.application.port.out;

/**
 * The service's seal on an extract: a PAdES signature with the extract seal's key, attesting that
 * the PDF reproduces the signed record. Not the principal's signature, which stays in the record.
 */
public interface ExtractSeal {

  /** The PDF with the seal's signature. */
  byte[] seal(byte[] pdf);

  /** The seal cannot sign now: its key is not configured, or it cannot be opened. */
  final class SealUnavailable extends RuntimeException {

    public SealUnavailable(String message) {
      super(message);
    }

    public SealUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
