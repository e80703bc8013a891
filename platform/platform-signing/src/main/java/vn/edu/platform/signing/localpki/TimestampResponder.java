package vn.edu.platform.signing.localpki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The time-stamp authority of the development PKI over HTTP (RFC 3161), with BouncyCastle's {@link
 * TimeStampResponseGenerator}: a request with an accepted digest algorithm, and the development
 * policy or none, is granted a token signed by the TSA's key (ESSCertIDv2 with SHA-256, accuracy
 * one second, the TSA's chain when the request asks for certificates); anything else is rejected
 * with RFC 3161's failure info.
 */
final class TimestampResponder {

  private final TimestampAuthority tsa;
  private final Clock clock;
  private final SecureRandom serials = new SecureRandom();

  TimestampResponder(TimestampAuthority tsa, Clock clock) {
    this.tsa = tsa;
    this.clock = clock;
    generator(); // a TSA that cannot be set up fails when the server starts, not at a request
  }

  /**
   * A generator for one request: BouncyCastle's signer (its content signer accumulates the data it
   * signs) is not safe on two threads, and the server answers requests on threads of their own; two
   * time-stamps at once came out with signatures that did not verify.
   */
  private TimeStampResponseGenerator generator() {
    try {
      TimeStampTokenGenerator tokens =
          new TimeStampTokenGenerator(
              new JcaSimpleSignerInfoGeneratorBuilder()
                  .build("SHA256withRSA", tsa.key(), tsa.certificate()),
              new JcaDigestCalculatorProviderBuilder()
                  .build()
                  .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
              new ASN1ObjectIdentifier(TimestampAuthority.DEVELOPMENT_POLICY));
      tokens.addCertificates(new JcaCertStore(tsa.chain()));
      tokens.setAccuracySeconds(1);
      return new TimeStampResponseGenerator(
          tokens, TSPAlgorithms.ALLOWED, Set.of(TimestampAuthority.DEVELOPMENT_POLICY), null);
    } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
      throw new IllegalStateException("could not set up the time-stamp authority", e);
    }
  }

  byte[] answer(byte[] body) throws IOException {
    TimeStampResponseGenerator generator = generator();
    try {
      TimeStampRequest request;
      try {
        request = new TimeStampRequest(body);
      } catch (IOException | IllegalArgumentException e) {
        return generator
            .generateFailResponse(
                PKIStatus.REJECTION, PKIFailureInfo.badDataFormat, "not a time-stamp request")
            .getEncoded();
      }
      // a random serial: unique across restarts without keeping a counter
      BigInteger serial = new BigInteger(63, serials);
      return generator.generate(request, serial, Date.from(clock.instant())).getEncoded();
    } catch (TSPException e) {
      throw new IOException("could not answer the time-stamp request", e);
    }
  }
}
