package vn.edu.platform.studentrecord.security;

import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.platform.studentrecord.fixtures.RecordSecurityObjects;
import vn.edu.platform.studentrecord.fixtures.StudentApi;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.securitykit.ApiDocument;
import vn.edu.platform.test.securitykit.KitHttp;
import vn.edu.platform.test.securitykit.SecurityMatrix;
import vn.edu.platform.test.securitykit.TableDigest;

/** What the security tests share: the served document, the matrix file, the fixture, the digest. */
abstract class StudentRecordSecurityKitIntegrationTest extends StudentRecordIntegrationTest {

  /**
   * Tables that change on any request by design: idempotency records, the audit trail, the outbox
   * and inbox, Flyway's histories.
   */
  static final Set<String> BOOKKEEPING =
      Set.of(
          "platform.idempotency_key",
          "platform.audit_event",
          "platform.event_publication",
          "platform.inbox_event",
          "platform.flyway_schema_history",
          "public.flyway_schema_history");

  @Autowired DataSource dataSource;

  ApiDocument document;
  SecurityMatrix matrix;
  StudentRecordSecurityFixture fixture;
  KitHttp kitHttp;
  TableDigest digest;

  @BeforeEach
  void setUpSecurityKit() {
    document = ApiDocument.parse(http.get("/api/v1/student-records/v3/api-docs").send().text());
    matrix = SecurityMatrix.load("security-matrix.yaml");
    fixture =
        new StudentRecordSecurityFixture(
            new StudentApi(http), new RecordSecurityObjects(http, students()));
    kitHttp = new KitHttp(port);
    digest = new TableDigest(dataSource, List.of("public", "platform"), BOOKKEEPING);
  }
}
