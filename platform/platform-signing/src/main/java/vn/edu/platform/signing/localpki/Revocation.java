package vn.edu.platform.signing.localpki;

import java.math.BigInteger;
import java.time.Instant;

/**
 * A revocation recorded by the development PKI, as its CRLs and OCSP answers state it.
 *
 * @param serial the revoked certificate's serial number
 * @param issuedByRoot whether the root issued it (the issuing CA's certificate); otherwise the
 *     issuing CA did
 * @param revokedAt when it was revoked
 * @param reason why
 */
public record Revocation(
    BigInteger serial, boolean issuedByRoot, Instant revokedAt, RevocationReason reason) {}
