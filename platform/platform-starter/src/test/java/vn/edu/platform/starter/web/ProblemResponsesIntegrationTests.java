package vn.edu.platform.starter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/** Every failure a client can provoke comes back as an RFC 9457 problem, never a 500. */
class ProblemResponsesIntegrationTests extends StarterIntegrationTest {

  private final String token = Personas.schoolAdmin(SCHOOL_A_PRIMARY);

  private Reply postNote(String json) {
    return http.post("/api/v1/test/notes")
        .token(token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .json(json)
        .send();
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode body = reply.json();
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(body.get("type").asString()).isEqualTo("urn:edu-platform:problem:" + code);
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at vn.edu");
  }

  @Test
  void reportsEachInvalidFieldWithJsonPointer() {
    Reply reply = postNote("{\"unitCode\": \"\", \"text\": \"" + "x".repeat(501) + "\"}");

    assertProblem(reply, 400, "validation-failed");
    assertThat(reply.json().get("errors").findValuesAsString("pointer"))
        .containsExactlyInAnyOrder("/unitCode", "/text");
    assertThat(reply.json().get("errors").findValuesAsString("code"))
        .containsExactlyInAnyOrder("not-blank", "size");
  }

  @Test
  void reportsMalformedJson() {
    assertProblem(postNote("{\"unitCode\": "), 400, "malformed-body");
  }

  @Test
  void pointsAtTheFieldWithAWrongType() {
    Reply reply = postNote("{\"unitCode\": [1,2], \"text\": \"ok\"}");

    assertProblem(reply, 400, "malformed-body");
    assertThat(reply.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/unitCode");
  }

  @Test
  void rejectsWrongMediaType() {
    Reply reply =
        http.post("/api/v1/test/notes")
            .token(token)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body("text/plain", "hello".getBytes(StandardCharsets.UTF_8))
            .send();

    assertProblem(reply, 415, "unsupported-media-type");
  }

  @Test
  void answersUnknownRouteWithNotFoundProblem() {
    assertProblem(http.get("/api/v1/test/nothing-here").token(token).send(), 404, "not-found");
  }

  @Test
  void answersWrongMethodWithAllowHeader() {
    Reply reply = http.delete("/api/v1/test/notes").token(token).send();

    assertProblem(reply, 405, "method-not-allowed");
    assertThat(reply.header("Allow")).contains("POST");
  }

  @Test
  void rejectsOversizedBodyWith413() {
    String huge = "{\"unitCode\":\"S1\",\"text\":\"" + "a".repeat(512 * 1024) + "\"}";

    assertProblem(postNote(huge), 413, "payload-too-large");
  }

  @Test
  void rejectsInvalidPathParameter() {
    Reply reply = http.get("/api/v1/test/notes/not-a-uuid").token(token).send();

    assertProblem(reply, 400, "invalid-parameter");
    assertThat(reply.json().get("errors").get(0).get("pointer").asString()).isEqualTo("id");
  }

  @Test
  void speaksVietnameseByDefaultAndEnglishOnRequest() {
    Reply vietnamese = http.get("/api/v1/test/nothing-here").token(token).send();
    Reply english =
        http.get("/api/v1/test/nothing-here")
            .token(token)
            .header("Accept-Language", "en-GB,en;q=0.8")
            .send();

    assertThat(vietnamese.json().get("title").asString()).isEqualTo("Không tìm thấy");
    assertThat(vietnamese.header("Content-Language")).isEqualTo("vi");
    assertThat(english.json().get("title").asString()).isEqualTo("Not found");
    assertThat(english.json().get("code").asString()).isEqualTo("not-found");
  }

  @Test
  void localisesBeanValidationMessages() {
    Reply reply =
        http.post("/api/v1/test/notes")
            .token(token)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .header("Accept-Language", "vi")
            .json("{\"unitCode\": \"S1\", \"text\": \"\"}")
            .send();

    assertThat(reply.json().get("errors").get(0).get("message").asString())
        .isEqualTo("không được để trống");
  }

  @Test
  void carriesTheCallersTraceIdSoSupportCanFindTheRequest() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    Reply reply =
        http.get("/api/v1/test/nothing-here")
            .token(token)
            .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
            .send();

    assertThat(reply.json().get("traceId").asString()).isEqualTo(traceId);
  }
}
