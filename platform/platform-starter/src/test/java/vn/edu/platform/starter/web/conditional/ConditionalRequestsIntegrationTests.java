package vn.edu.platform.starter.web.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Call;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/** If-Match into an {@code ExpectedRevision} parameter, ETag from a {@code Revisioned} body. */
class ConditionalRequestsIntegrationTests extends StarterIntegrationTest {

  private Call patch(String path) {
    return http.patch("/api/v1/test/kernel/docs/" + path)
        .token(Personas.teacher(SCHOOL_A_PRIMARY))
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json("{}");
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("code").asString()).isEqualTo(code);
  }

  @Test
  void aRequiredPreconditionWithoutIfMatchIs428() {
    assertProblem(patch("d1").send(), 428, "precondition-required");
  }

  @Test
  void anIfMatchThatNamesNoRevisionIs412() {
    assertProblem(patch("d1").header("If-Match", "\"abc\"").send(), 412, "precondition-failed");
  }

  @Test
  void aStaleRevisionIs412() {
    assertProblem(patch("d1").header("If-Match", "\"2\"").send(), 412, "precondition-failed");
  }

  @Test
  void theCurrentRevisionUpdatesAndTheNewETagComesFromTheBody() {
    Reply reply = patch("d1").header("If-Match", "W/\"3\"").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("ETag")).isEqualTo("\"4\"");
    assertThat(reply.json().get("revision").asLong()).isEqualTo(4);
  }

  @Test
  void aReadCarriesTheETagOfItsRevision() {
    Reply reply =
        http.get("/api/v1/test/kernel/docs/d1").token(Personas.teacher(SCHOOL_A_PRIMARY)).send();

    assertThat(reply.header("ETag")).isEqualTo("\"3\"");
  }

  @Test
  void anOptionalPreconditionAcceptsNoIfMatchButStillRefusesAStaleOne() {
    Reply without = patch("d1/flags").send();
    Reply stale = patch("d1/flags").header("If-Match", "\"1\"").send();
    Reply current = patch("d1/flags").header("If-Match", "\"3\"").send();

    assertThat(without.status()).isEqualTo(200);
    assertThat(without.json().get("any").asBoolean()).isTrue();
    assertProblem(stale, 412, "precondition-failed");
    assertThat(current.json().get("any").asBoolean()).isFalse();
    assertThat(without.header("ETag")).isNull();
  }
}
