package vn.edu.platform.starter.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.security.Personas;

/**
 * Personal data stays out of the logs, even when requests carry it, fail on it, or a careless log
 * statement names it.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIntegrationTests extends StarterIntegrationTest {

  private static final String PERSONAL_ID = "031203004567";
  private static final String PHONE = "0912345678";
  private static final String EMAIL = "nguyen.van.an@example.vn";

  @Test
  void keepsIdNumbersPhonesAndEmailsOutOfTheLogs(CapturedOutput output) {
    String token = Personas.schoolAdmin(SCHOOL_A_PRIMARY);
    String pii = "CCCD " + PERSONAL_ID + ", ĐT " + PHONE + ", " + EMAIL;
    http.post("/api/v1/test/notes")
        .token(token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json(Map.of("unitCode", SCHOOL_A_PRIMARY, "text", pii))
        .send();
    http.post("/api/v1/test/notes")
        .token(token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json("{\"unitCode\": \"" + PERSONAL_ID + "\", \"text\": \"" + EMAIL)
        .send();
    http.post("/api/v1/test/notes")
        .token(token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json(Map.of("unitCode", PHONE + PHONE, "text", pii))
        .send();
    LoggerFactory.getLogger("vn.edu.platform.starter.testapp")
        .warn("Careless log line about {} / {} / {}", PERSONAL_ID, PHONE, EMAIL);

    String logs = output.getAll();
    assertThat(logs).contains("Careless log line about [redacted] / [redacted] / [redacted]");
    assertThat(logs).doesNotContain(PERSONAL_ID).doesNotContain(PHONE).doesNotContain(EMAIL);
  }
}
