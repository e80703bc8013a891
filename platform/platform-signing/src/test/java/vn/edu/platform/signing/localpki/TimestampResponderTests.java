package vn.edu.platform.signing.localpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;

/**
 * The development TSA answers requests on threads of their own: tokens made at the same moment must
 * each verify. With one BouncyCastle signer shared by all requests, tokens came out whose signed
 * message digest did not match their content, and a signer's batch failed with "broken time-stamp".
 */
class TimestampResponderTests {

  private static final Instant START = Instant.now().minus(Duration.ofDays(1));

  @Test
  void tokensMadeOnSeveralThreadsAtOnceEachVerify() throws Exception {
    DevelopmentPki pki = DevelopmentPki.create("Sở GD&ĐT Hải Phòng", START);
    TimestampAuthority tsa = pki.issueTimestampAuthority(START, Duration.ofDays(3650));
    TimestampResponder responder = new TimestampResponder(tsa, Clock.systemUTC());
    var verifier = new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate());
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      List<Future<Boolean>> sound = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("record " + i).getBytes());
        sound.add(
            threads.submit(
                () -> {
                  byte[] request =
                      new TimeStampRequestGenerator()
                          .generate(TSPAlgorithms.SHA256, digest)
                          .getEncoded();
                  TimeStampResponse response = new TimeStampResponse(responder.answer(request));
                  try {
                    response.getTimeStampToken().validate(verifier);
                    return true;
                  } catch (Exception e) {
                    return false;
                  }
                }));
      }
      for (Future<Boolean> token : sound) {
        assertThat(token.get()).isTrue();
      }
    }
  }
}
