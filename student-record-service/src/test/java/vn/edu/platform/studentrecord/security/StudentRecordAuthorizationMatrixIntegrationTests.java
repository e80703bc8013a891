package vn.edu.platform.studentrecord.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.edu.platform.test.securitykit.AuthorizationMatrix;
import vn.edu.platform.test.securitykit.Persona;
import vn.edu.platform.test.securitykit.SecurityReport;

/**
 * Every operation of student-record-service's document × every persona answers as {@code
 * security-matrix.yaml} says, and unit A's callers get nothing of unit B's objects.
 */
class StudentRecordAuthorizationMatrixIntegrationTests
    extends StudentRecordSecurityKitIntegrationTest {

  @Test
  void everyOperationAnswersEveryPersonaAsTheMatrixSays() {
    SecurityReport report = new AuthorizationMatrix(document, matrix, fixture, kitHttp).run();

    System.out.println(
        "[security-kit] matrix: "
            + document.operations().size()
            + " operations × "
            + Persona.values().length
            + " personas: "
            + report.summary());
    assertThat(report.requests()).isEqualTo(document.operations().size() * Persona.values().length);
    report.assertClean();
  }

  @Test
  void unitACallersGetNothingOfUnitBsObjects() {
    SecurityReport report = new AuthorizationMatrix(document, matrix, fixture, kitHttp).otherUnit();

    System.out.println("[security-kit] other unit: " + report.summary());
    assertThat(report.requests()).isPositive();
    report.assertClean();
  }
}
