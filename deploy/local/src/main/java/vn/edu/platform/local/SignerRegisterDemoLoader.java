package vn.edu.platform.local;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.edu.platform.local.demo.DemoContext;
import vn.edu.platform.local.demo.DemoDataException;
import vn.edu.platform.local.demo.DemoDataLoader;
import vn.edu.platform.signing.localpki.IssuedSigner;

/**
 * The demo signers' certificates (of the local PKI, {@link DemoSigners}) entered in the province's
 * register of signers in plan-service through its own API, as the department's staff would, and the
 * deputy director's delegation to sign diplomas for the director. An entry or delegation recorded
 * at an earlier start answers 409, which counts as there, so a second start changes nothing.
 *
 * <p>The director and the deputy have no login in the realm yet: they are registered under the
 * names of their certificate files ({@code sgd.giamdoc}, {@code sgd.phogiamdoc}), the logins the
 * realm will give them.
 */
final class SignerRegisterDemoLoader implements DemoDataLoader {

  static final String CERTIFICATES_PATH = "/api/v1/signer-certificates";
  static final String DELEGATIONS_PATH = "/api/v1/signing-delegations";

  /** The register's closed list of roles, by the titles the demo certificates carry. */
  private static final Map<String, String> ROLES =
      Map.of(
          "Giáo viên chủ nhiệm", "HOMEROOM_TEACHER",
          "Hiệu trưởng", "PRINCIPAL",
          "Giám đốc", "DIRECTOR",
          "Phó Giám đốc", "DEPUTY_DIRECTOR");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<DemoSigners.Issued> signers;
  private final Map<String, X509Certificate> certificatesBySerial;

  SignerRegisterDemoLoader(List<DemoSigners.Issued> signers, List<IssuedSigner> issued) {
    this.signers = List.copyOf(signers);
    this.certificatesBySerial =
        issued.stream()
            .map(IssuedSigner::certificate)
            .collect(
                Collectors.toMap(
                    c -> c.getSerialNumber().toString(), Function.identity(), (a, b) -> a));
  }

  @Override
  public String description() {
    return "register of signers";
  }

  @Override
  public String service() {
    return "plan-service";
  }

  @Override
  public String load(DemoContext context) {
    int registered = 0;
    int existing = 0;
    for (DemoSigners.Issued signer : signers) {
      int status = post(context, CERTIFICATES_PATH, certificateEntry(signer));
      registered += status == 201 ? 1 : 0;
      existing += status == 409 ? 1 : 0;
    }
    int delegations = 0;
    for (DemoSigners.Issued signer : signers) {
      if (signer.person().delegation() != null) {
        post(context, DELEGATIONS_PATH, delegation(signer));
        delegations++;
      }
    }
    return registered
        + " certificates registered, "
        + existing
        + " already there, "
        + delegations
        + " delegation (/api/v1/signer-certificates, /api/v1/signing-delegations)";
  }

  static String login(DemoSigners.Person person) {
    return person.login() == null ? person.fileName() : person.login();
  }

  private ObjectNode certificateEntry(DemoSigners.Issued signer) {
    X509Certificate certificate = certificatesBySerial.get(signer.serial());
    if (certificate == null) {
      throw new DemoDataException("the local PKI has no certificate #" + signer.serial());
    }
    ObjectNode body = JSON.createObjectNode();
    try {
      body.put("certificate", Base64.getEncoder().encodeToString(certificate.getEncoded()));
    } catch (CertificateEncodingException e) {
      throw new DemoDataException("certificate #" + signer.serial() + " cannot be encoded", e);
    }
    body.put("holderLogin", login(signer.person()));
    body.put("holderName", signer.person().name());
    body.put("unitCode", signer.person().unitCode());
    body.put("role", role(signer.person().role()));
    return body;
  }

  private static ObjectNode delegation(DemoSigners.Issued signer) {
    DemoSigners.Delegation delegation = signer.person().delegation();
    ObjectNode body = JSON.createObjectNode();
    body.put("delegatorUnitCode", signer.person().unitCode());
    body.put("delegatorRole", "DIRECTOR");
    body.put("delegateLogin", login(signer.person()));
    body.put("decisionNumber", delegation.decision().replace("Quyết định số ", ""));
    body.put("decisionDate", delegation.date().toString());
    body.put("validFrom", delegation.date().toString());
    body.put("validTo", LocalDate.of(delegation.date().getYear() + 2, 8, 14).toString());
    return body;
  }

  private static String role(String title) {
    String role = ROLES.get(title);
    if (role == null) {
      throw new DemoDataException("no register role for the title " + title);
    }
    return role;
  }

  private static int post(DemoContext context, String path, ObjectNode body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(context.gateway().resolve(path))
              .timeout(context.timeout())
              .header("Authorization", "Bearer " + context.departmentToken().get())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build();
      HttpResponse<String> answer =
          context.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 201 && answer.statusCode() != 409) {
        throw new DemoDataException(
            "POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
      }
      context.progress().accept("register " + path + ": " + answer.statusCode());
      return answer.statusCode();
    } catch (IOException e) {
      throw new DemoDataException("POST " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoDataException("interrupted", e);
    }
  }
}
