package vn.edu.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.signing.localpki.DevelopmentPki;
import vn.edu.platform.signing.localpki.IssuedSigner;

/**
 * The demo people who sign, and their certificates of the local PKI: the homeroom teachers and the
 * principal of the demo schools (the record's individual and institution signatures), the
 * department's diploma signer (the director) and a deputy director who signs diplomas for the
 * director by a delegation decision. Issued once, at the first start: their PKCS#12 stores are
 * written to {@code .local/pki/demo-signers/} and described in {@code demo-signers.json}, which
 * later starts read back instead of issuing again.
 *
 * <p>The director and the deputy have no login in the realm yet ({@code login} is null): the
 * department's leaders are not demo users of {@code deploy/keycloak/edu-realm.json}.
 */
final class DemoSigners {

  /** The manifest, in the PKI's directory. */
  static final String MANIFEST = "demo-signers.json";

  /** The stores' folder, in the PKI's directory. */
  static final String STORES = "demo-signers";

  /** Demo certificates are valid two years from the first start; {@code --reset} issues anew. */
  static final Duration VALIDITY = Duration.ofDays(730);

  private static final String DEPARTMENT = "Sở Giáo dục và Đào tạo Hải Phòng";
  private static final String DIRECTOR = "Nguyễn Văn Thắng";

  /** A delegation of signing authority, the decision that a deputy's signature rests on. */
  record Delegation(String decision, LocalDate date, String onBehalfOf, String scope) {}

  /** A person who signs, as their certificate names them. */
  record Person(
      @Nullable String login,
      String fileName,
      String name,
      String unitName,
      String unitCode,
      String role,
      @Nullable Delegation delegation) {}

  /** A person with their certificate, as the manifest lists them. */
  record Issued(Person person, String serial, String fingerprint, String file, Instant notAfter) {}

  static final List<Person> PEOPLE =
      List.of(
          new Person(
              "gv.s311002",
              "gv.s311002",
              "Ngô Thị Hoa",
              "Trường Tiểu học Hồng Bàng",
              "S311002",
              "Giáo viên chủ nhiệm",
              null),
          new Person(
              "ht.s311002",
              "ht.s311002",
              "Bùi Thị Lan",
              "Trường Tiểu học Hồng Bàng",
              "S311002",
              "Hiệu trưởng",
              null),
          new Person(
              "gv.s311003",
              "gv.s311003",
              "Hoàng Minh Tuấn",
              "Trường THCS Hùng Vương",
              "S311003",
              "Giáo viên chủ nhiệm",
              null),
          new Person(
              "ht.s311003",
              "ht.s311003",
              "Phạm Thị Mai",
              "Trường THCS Hùng Vương",
              "S311003",
              "Hiệu trưởng",
              null),
          new Person(
              "gv.s311012",
              "gv.s311012",
              "Đặng Văn Sơn",
              "Trường Tiểu học An Lão",
              "S311012",
              "Giáo viên chủ nhiệm",
              null),
          new Person(null, "sgd.giamdoc", DIRECTOR, DEPARTMENT, "SGD31", "Giám đốc", null),
          new Person(
              null,
              "sgd.phogiamdoc",
              "Trần Thị Minh Thu",
              DEPARTMENT,
              "SGD31",
              "Phó Giám đốc",
              new Delegation(
                  "Quyết định số 125/QĐ-SGDĐT",
                  LocalDate.of(2025, 8, 15),
                  DIRECTOR + ", Giám đốc",
                  "ký văn bằng tốt nghiệp THPT thay Giám đốc (KT. GIÁM ĐỐC)")));

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DemoSigners() {}

  /** Whether the demo people's certificates were issued already (the manifest exists). */
  static boolean issued(Path pkiDir) {
    return Files.isRegularFile(pkiDir.resolve(MANIFEST));
  }

  /**
   * The demo people's certificates: read from the manifest when it exists, otherwise issued now by
   * {@code pki}, their stores and the manifest written (the manifest last, atomically, so that a
   * start killed half-way issues again rather than keep half a set).
   */
  static List<Issued> ensureIssued(DevelopmentPki pki, Path pkiDir, Clock clock) {
    if (issued(pkiDir)) {
      return read(pkiDir);
    }
    Instant from = clock.instant().minus(Duration.ofMinutes(5));
    List<Issued> issued = new ArrayList<>();
    for (Person person : PEOPLE) {
      IssuedSigner signer =
          pki.issueSigner(
              person.name(), person.unitName(), person.unitCode(), person.role(), from, VALIDITY);
      String file = STORES + "/" + person.fileName() + ".p12";
      write(pkiDir.resolve(file), signer.pkcs12());
      issued.add(
          new Issued(
              person,
              signer.certificate().getSerialNumber().toString(),
              fingerprint(signer.certificate()),
              file,
              signer.certificate().getNotAfter().toInstant()));
    }
    write(pkiDir.resolve(MANIFEST), manifest(pki, issued));
    return List.copyOf(issued);
  }

  /** The manifest's entries. */
  static List<Issued> read(Path pkiDir) {
    try {
      JsonNode manifest = JSON.readTree(Files.readString(pkiDir.resolve(MANIFEST)));
      List<Issued> issued = new ArrayList<>();
      for (JsonNode entry : manifest.path("signers")) {
        JsonNode delegation = entry.path("delegation");
        issued.add(
            new Issued(
                new Person(
                    entry.path("login").isNull() ? null : entry.path("login").asString(),
                    Path.of(entry.path("file").asString())
                        .getFileName()
                        .toString()
                        .replace(".p12", ""),
                    entry.path("name").asString(),
                    entry.path("unitName").asString(),
                    entry.path("unitCode").asString(),
                    entry.path("role").asString(),
                    delegation.isObject()
                        ? new Delegation(
                            delegation.path("decision").asString(),
                            LocalDate.parse(delegation.path("date").asString()),
                            delegation.path("onBehalfOf").asString(),
                            delegation.path("scope").asString())
                        : null),
                entry.path("serial").asString(),
                entry.path("fingerprint").asString(),
                entry.path("file").asString(),
                Instant.parse(entry.path("notAfter").asString())));
      }
      return List.copyOf(issued);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] manifest(DevelopmentPki pki, List<Issued> issued) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put(
        "about",
        "Demo signers of the local development PKI (not trusted anywhere else). "
            + "Each file is a PKCS#12 store, alias '"
            + IssuedSigner.ALIAS
            + "', password 'edu-local'.");
    manifest.put("baseUrl", pki.endpoints().baseUrl());
    manifest.put("rootFingerprint", fingerprint(pki.rootCertificate()));
    List<Map<String, Object>> signers = new ArrayList<>();
    for (Issued entry : issued) {
      Person person = entry.person();
      Map<String, Object> signer = new LinkedHashMap<>();
      signer.put("login", person.login());
      signer.put("name", person.name());
      signer.put("unitName", person.unitName());
      signer.put("unitCode", person.unitCode());
      signer.put("role", person.role());
      signer.put("serial", entry.serial());
      signer.put("fingerprint", entry.fingerprint());
      signer.put("file", entry.file());
      signer.put("notAfter", entry.notAfter().toString());
      if (person.delegation() != null) {
        Delegation delegation = person.delegation();
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decision", delegation.decision());
        decision.put("date", delegation.date().toString());
        decision.put("onBehalfOf", delegation.onBehalfOf());
        decision.put("scope", delegation.scope());
        signer.put("delegation", decision);
      }
      signers.add(signer);
    }
    manifest.put("signers", signers);
    return JSON.writeValueAsBytes(manifest);
  }

  /** SHA-256 of the certificate's DER, in upper-case hex pairs, as certificate viewers show it. */
  static String fingerprint(X509Certificate certificate) {
    try {
      return HexFormat.ofDelimiter(":")
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()))
          .toUpperCase(Locale.ROOT);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path target, byte[] content) {
    try {
      Files.createDirectories(target.getParent());
      Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
      Files.write(temporary, content);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
  }
}
