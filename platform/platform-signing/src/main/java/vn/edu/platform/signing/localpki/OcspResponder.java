package vn.edu.platform.signing.localpki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The OCSP responder (RFC 6960) of the development PKI, with BouncyCastle's OCSP classes: for each
 * certificate asked about, good (its CA issued it and it is not revoked), revoked (with the time
 * and the reason) or unknown (its CA never issued that serial).
 *
 * <p>The answers are signed by the CA that issued the certificates asked about (RFC 6960 4.2.2.2,
 * the CA itself as responder), not by a delegated responder certificate: the CA's key is in this
 * process anyway, and a verifier then needs no further certificate, no {@code id-kp-OCSPSigning}
 * check and no {@code ocsp-nocheck} exception, only the chain it has already. One request asks
 * about the certificates of one CA; a request mixing both CAs, or naming a CA of another PKI, is
 * answered {@code unauthorized}.
 */
final class OcspResponder {

  /** The encoded OCSP response, and the serials it answered about. */
  record Answer(List<BigInteger> serials, byte[] encoded) {}

  private final DevelopmentPki pki;
  private final Clock clock;
  private final Duration validity;
  private final DigestCalculatorProvider digests;

  OcspResponder(DevelopmentPki pki, Clock clock, Duration validity) {
    this.pki = pki;
    this.clock = clock;
    this.validity = validity;
    try {
      this.digests = new JcaDigestCalculatorProviderBuilder().build();
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  Answer answer(byte[] body) throws IOException {
    OCSPReq request;
    try {
      request = new OCSPReq(body);
    } catch (IOException | RuntimeException e) {
      return failure(OCSPRespBuilder.MALFORMED_REQUEST);
    }
    Req[] requests = request.getRequestList();
    if (requests.length == 0) {
      return failure(OCSPRespBuilder.MALFORMED_REQUEST);
    }
    Optional<X509Certificate> ca = issuerOf(requests[0].getCertID());
    if (ca.isEmpty()) {
      return failure(OCSPRespBuilder.UNAUTHORIZED);
    }
    try {
      X509CertificateHolder caHolder = new JcaX509CertificateHolder(ca.get());
      for (Req single : requests) {
        if (!single.getCertID().matchesIssuer(caHolder, digests)) {
          return failure(OCSPRespBuilder.UNAUTHORIZED);
        }
      }
      Instant now = clock.instant();
      BasicOCSPRespBuilder builder =
          new JcaBasicOCSPRespBuilder(
              ca.get().getPublicKey(), digests.get(CertificateID.HASH_SHA1));
      List<BigInteger> serials = new ArrayList<>();
      for (Req single : requests) {
        CertificateID id = single.getCertID();
        serials.add(id.getSerialNumber());
        builder.addResponse(
            id,
            status(ca.get(), id.getSerialNumber()),
            Date.from(now),
            Date.from(now.plus(validity)),
            null);
      }
      Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
      if (nonce != null) {
        // echoed, so the client knows the answer was made for its request and not replayed
        builder.setResponseExtensions(new Extensions(nonce));
      }
      BasicOCSPResp signed =
          builder.build(
              new JcaContentSignerBuilder("SHA256withRSA").build(pki.keyOf(ca.get()).orElseThrow()),
              new X509CertificateHolder[] {caHolder},
              Date.from(now));
      return new Answer(
          List.copyOf(serials),
          new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, signed).getEncoded());
    } catch (OCSPException | OperatorCreationException | CertificateEncodingException e) {
      throw new IOException("could not answer the OCSP request", e);
    }
  }

  private CertificateStatus status(X509Certificate ca, BigInteger serial) {
    if (!pki.issued(ca, serial)) {
      return new UnknownStatus();
    }
    boolean rootIsIssuer = ca.equals(pki.rootCertificate());
    return pki.revocation(serial)
        .filter(revocation -> revocation.issuedByRoot() == rootIsIssuer)
        .<CertificateStatus>map(
            revocation ->
                new RevokedStatus(Date.from(revocation.revokedAt()), revocation.reason().code()))
        .orElse(CertificateStatus.GOOD);
  }

  private Optional<X509Certificate> issuerOf(CertificateID id) {
    try {
      for (X509Certificate ca : List.of(pki.issuingCertificate(), pki.rootCertificate())) {
        if (id.matchesIssuer(new JcaX509CertificateHolder(ca), digests)) {
          return Optional.of(ca);
        }
      }
      return Optional.empty();
    } catch (OCSPException | CertificateEncodingException e) {
      return Optional.empty();
    }
  }

  private static Answer failure(int status) throws IOException {
    try {
      OCSPResp response = new OCSPRespBuilder().build(status, null);
      return new Answer(List.of(), response.getEncoded());
    } catch (OCSPException e) {
      throw new IOException(e);
    }
  }
}
