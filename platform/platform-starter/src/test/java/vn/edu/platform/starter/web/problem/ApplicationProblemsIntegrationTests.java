package vn.edu.platform.starter.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/** The kernel's exceptions, thrown by a handler with no advice of its own, answer as problems. */
class ApplicationProblemsIntegrationTests extends StarterIntegrationTest {

  private Reply fail(String kind, String language) {
    return http.get("/api/v1/test/kernel/problems/" + kind)
        .token(Personas.teacher(SCHOOL_A_PRIMARY))
        .header("Accept-Language", language)
        .send();
  }

  private static JsonNode problem(Reply reply, int status, String code) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("type").asString()).isEqualTo("urn:edu-platform:problem:" + code);
    return body;
  }

  @Test
  void ruleViolationIs422WithEveryViolationAndItsLocalisedText() {
    JsonNode english = problem(fail("rule", "en"), 422, "plan-rule");
    JsonNode vietnamese = problem(fail("rule", "vi"), 422, "plan-rule");

    assertThat(english.get("errors").findValuesAsString("pointer"))
        .containsExactly("/tasks/0/deadline", "/title");
    assertThat(english.get("errors").findValuesAsString("code"))
        .containsExactly("text-bidi-control", "title-taken");
    assertThat(english.at("/errors/0/message").asString())
        .contains("U+202E")
        .contains("position 4");
    assertThat(vietnamese.at("/errors/0/message").asString())
        .contains("U+202E")
        .contains("vị trí 4");
    assertThat(english.at("/errors/1/message").asString()).isEqualTo("another plan has this title");
  }

  @Test
  void stateConflictIs409WithItsCode() {
    problem(fail("state", "en"), 409, "plan-closed");
  }

  @Test
  void alreadyExistsIs409WithItsCode() {
    Reply reply =
        http.post("/api/v1/test/kernel/units")
            .token(Personas.departmentOfficer())
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json("{\"code\": \"EXISTS\", \"name\": \"Trường\"}")
            .send();

    JsonNode body = problem(reply, 409, "unit-exists");
    assertThat(body.at("/errors/0/pointer").asString()).isEqualTo("/code");
    assertThat(body.at("/errors/0/code").asString()).isEqualTo("duplicate-code");
  }

  @Test
  void notFoundIs404WithItsCode() {
    problem(fail("not-found", "en"), 404, "plan-not-found");
  }

  @Test
  void accessDeniedIs403NamingTheUnitInBothLanguages() {
    JsonNode english = problem(fail("denied", "en"), 403, "forbidden-org-unit");
    JsonNode vietnamese = problem(fail("denied", "vi"), 403, "forbidden-org-unit");

    assertThat(english.get("detail").asString())
        .isEqualTo("You may not act on data of unit S311012.");
    assertThat(vietnamese.get("detail").asString()).contains("S311012");
    assertThat(vietnamese.get("title").asString()).isNotEqualTo(english.get("title").asString());
  }

  @Test
  void staleRevisionIs412PreconditionFailedWithoutTheRevisions() {
    Reply reply = fail("stale", "en");

    problem(reply, 412, "precondition-failed");
    assertThat(reply.text()).doesNotContain("revision 3").doesNotContain("doc 7");
  }
}
