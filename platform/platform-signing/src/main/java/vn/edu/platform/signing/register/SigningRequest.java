package vn.edu.platform.signing.register;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The question a signing service asks before it signs: may the certificate with this fingerprint
 * sign for {@code unitCode} as {@code role} at {@code at} — and, when {@code onBehalfOf} is set, on
 * behalf of that role of the unit ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG": a vice principal, as {@code
 * role}, signs on behalf of the principal, {@code onBehalfOf})?
 *
 * @param fingerprint SHA-256 of the certificate's DER encoding, hexadecimal (any case)
 * @param unitCode the unit the document is signed for
 * @param role the capacity the signer signs in: the role their certificate is registered for
 * @param onBehalfOf the role signed on behalf of, by delegation; null when the signer signs in
 *     their own right
 * @param at the instant of signing
 */
public record SigningRequest(
    String fingerprint, String unitCode, SignerRole role, SignerRole onBehalfOf, Instant at) {

  public SigningRequest {
    fingerprint = Texts.required(fingerprint, "fingerprint").toLowerCase(Locale.ROOT);
    unitCode = Texts.required(unitCode, "unitCode");
    Objects.requireNonNull(role, "role");
    if (onBehalfOf == role) {
      throw new IllegalArgumentException("a signer does not sign on behalf of their own role");
    }
    Objects.requireNonNull(at, "at");
  }
}
