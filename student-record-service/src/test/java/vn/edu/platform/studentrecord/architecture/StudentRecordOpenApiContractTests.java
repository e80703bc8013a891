package vn.edu.platform.studentrecord.architecture;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.fixtures.StudentRecordIntegrationTest;
import vn.edu.platform.test.openapi.OpenApiContract;

/**
 * student-record-service's API is a contract for the schools' software, the frontend team and
 * admission-service: the served document must match {@code api/openapi.json}; a breaking change
 * needs a new major version (see {@link OpenApiContract}).
 */
class StudentRecordOpenApiContractTests extends StudentRecordIntegrationTest {

  @Test
  void matchesTheCommittedContract() {
    OpenApiContract.verify(
        http.get("/api/v1/student-records/v3/api-docs").send().text(), Path.of("api/openapi.json"));
  }
}
