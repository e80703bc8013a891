package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.local.demo.DemoContext;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.IssuedSigner;

class SignerRegisterDemoLoaderTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void registersEachDemoSignerAndTheDeputysDelegationAsTheDepartment() throws Exception {
    Instant now = Instant.now();
    DevelopmentPki pki = DevelopmentPki.create("Sở Giáo dục và Đào tạo Hải Phòng", now);
    DemoSigners.Person teacher = DemoSigners.PEOPLE.getFirst();
    DemoSigners.Person deputy = DemoSigners.PEOPLE.getLast();
    IssuedSigner teacherKey =
        pki.issueSigner(
            teacher.name(),
            teacher.unitName(),
            teacher.unitCode(),
            teacher.role(),
            now,
            Duration.ofDays(30));
    IssuedSigner deputyKey =
        pki.issueSigner(
            deputy.name(),
            deputy.unitName(),
            deputy.unitCode(),
            deputy.role(),
            now,
            Duration.ofDays(30));
    List<DemoSigners.Issued> issued =
        List.of(issued(teacher, teacherKey), issued(deputy, deputyKey));
    Map<String, List<JsonNode>> bodies = new ConcurrentHashMap<>();
    List<String> tokens = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (String path :
        List.of(
            SignerRegisterDemoLoader.CERTIFICATES_PATH,
            SignerRegisterDemoLoader.DELEGATIONS_PATH)) {
      server.createContext(
          path,
          exchange -> {
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            bodies
                .computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                .add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            // the teacher was registered at an earlier start
            boolean earlier = bodies.get(path).size() == 1 && path.endsWith("certificates");
            exchange.sendResponseHeaders(earlier ? 409 : 201, -1);
            exchange.close();
          });
    }
    server.start();
    try {
      DemoContext context =
          new DemoContext(
              URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
              () -> "dept-token",
              null,
              HttpClient.newHttpClient(),
              Duration.ofSeconds(10),
              line -> {});

      String outcome = new SignerRegisterDemoLoader(issued, pki.issuedSigners()).load(context);

      assertThat(outcome).startsWith("1 certificates registered, 1 already there, 1 delegation");
      assertThat(tokens).containsOnly("Bearer dept-token").hasSize(3);
      List<JsonNode> certificates = bodies.get(SignerRegisterDemoLoader.CERTIFICATES_PATH);
      assertThat(certificates.getFirst().path("role").asString()).isEqualTo("HOMEROOM_TEACHER");
      assertThat(certificates.getFirst().path("holderLogin").asString()).isEqualTo("gv.s311002");
      assertThat(decoded(certificates.getFirst().path("certificate").asString()))
          .isEqualTo(teacherKey.certificate());
      assertThat(certificates.getLast().path("role").asString()).isEqualTo("DEPUTY_DIRECTOR");
      assertThat(certificates.getLast().path("holderLogin").asString()).isEqualTo("sgd.phogiamdoc");
      JsonNode delegation = bodies.get(SignerRegisterDemoLoader.DELEGATIONS_PATH).getFirst();
      assertThat(delegation.path("delegatorRole").asString()).isEqualTo("DIRECTOR");
      assertThat(delegation.path("delegateLogin").asString()).isEqualTo("sgd.phogiamdoc");
      assertThat(delegation.path("decisionNumber").asString()).isEqualTo("125/QĐ-SGDĐT");
    } finally {
      server.stop(0);
    }
  }

  private static DemoSigners.Issued issued(DemoSigners.Person person, IssuedSigner key) {
    return new DemoSigners.Issued(
        person,
        key.certificate().getSerialNumber().toString(),
        DemoSigners.fingerprint(key.certificate()),
        "demo-signers/" + person.fileName() + ".p12",
        key.certificate().getNotAfter().toInstant());
  }

  private static X509Certificate decoded(String base64) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new ByteArrayInputStream(
                    Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII))));
  }
}
