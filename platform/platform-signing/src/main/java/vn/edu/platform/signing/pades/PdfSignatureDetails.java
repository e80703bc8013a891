package vn.edu.platform.signing.pades;

/**
 * What a PDF signature says of itself besides the signer: the form field it fills and the reason
 * and location a PDF reader shows next to it (ISO 32000-1, 12.8.1, the signature dictionary's
 * {@code /Reason} and {@code /Location}). These are the signer's claims, not checked by anyone.
 *
 * @param field the name of an empty signature field the PDF already has (a diploma template may
 *     carry one where the principal signs), or null for a new invisible field named by DSS; signing
 *     fails when the PDF has no empty signature field of that name
 * @param reason why it is signed (e.g. "Cấp văn bằng"), or null
 * @param location where it is signed (e.g. "Hải Phòng"), or null
 */
public record PdfSignatureDetails(String field, String reason, String location) {

  /** No field named, no reason, no location. */
  public static final PdfSignatureDetails NONE = new PdfSignatureDetails(null, null, null);

  public PdfSignatureDetails {
    requireNullOrText(field, "field");
    requireNullOrText(reason, "reason");
    requireNullOrText(location, "location");
  }

  /** A new invisible signature field with this reason and location. */
  public static PdfSignatureDetails of(String reason, String location) {
    return new PdfSignatureDetails(null, reason, location);
  }

  /** The same details, signed into the empty signature field {@code name}. */
  public PdfSignatureDetails inField(String name) {
    return new PdfSignatureDetails(name, reason, location);
  }

  // a blank value would be written into the PDF as an empty claim; absence is said with null
  private static void requireNullOrText(String value, String what) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank; leave it null instead");
    }
  }
}
