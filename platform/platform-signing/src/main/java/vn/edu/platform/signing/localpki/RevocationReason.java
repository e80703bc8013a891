package vn.edu.platform.signing.localpki;

import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.asn1.x509.CRLReason;

/**
 * Why a certificate of the development PKI was revoked: the reason codes of RFC 5280 (5.3.1) that
 * end a certificate for good. {@code certificateHold}, which can be lifted, is left out: a
 * revocation here is final, as a CA's is once published.
 */
public enum RevocationReason {
  UNSPECIFIED(CRLReason.unspecified, "unspecified"),
  KEY_COMPROMISE(CRLReason.keyCompromise, "keyCompromise"),
  CA_COMPROMISE(CRLReason.cACompromise, "cACompromise"),
  AFFILIATION_CHANGED(CRLReason.affiliationChanged, "affiliationChanged"),
  SUPERSEDED(CRLReason.superseded, "superseded"),
  CESSATION_OF_OPERATION(CRLReason.cessationOfOperation, "cessationOfOperation");

  private final int code;
  private final String rfcName;

  RevocationReason(int code, String rfcName) {
    this.code = code;
    this.rfcName = rfcName;
  }

  /** The {@code CRLReason} code that CRL entries and OCSP answers carry. */
  public int code() {
    return code;
  }

  /** The name RFC 5280 gives it, e.g. {@code keyCompromise}. */
  public String rfcName() {
    return rfcName;
  }

  /**
   * The reason named {@code name}: the RFC 5280 name ({@code keyCompromise}) or the constant's
   * ({@code KEY_COMPROMISE}), in any case.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static RevocationReason named(String name) {
    String wanted = name.trim().replace("_", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.rfcName.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no revocation reason '"
                        + name
                        + "'; one of "
                        + Arrays.stream(values()).map(RevocationReason::rfcName).toList()));
  }
}
