package vn.edu.platform.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Assertions on the platform's problem body shape. */
public final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  /**
   * Checks status, content type and every member of the body: exactly {@code type}, {@code title},
   * {@code status}, {@code detail}, {@code instance}, {@code code} and {@code traceId}, nothing
   * else (no exception, message or trace). Returns the body for further checks.
   */
  public static Map<String, Object> expectProblem(
      WebTestClient.ResponseSpec response, int status, String code, String instance) {
    byte[] bytes =
        response
            .expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .returnResult()
            .getResponseBodyContent();
    assertThat(bytes).as("problem body").isNotNull();
    Map<String, Object> body = JSON.readValue(bytes, new TypeReference<Map<String, Object>>() {});
    assertThat(body)
        .containsOnlyKeys("type", "title", "status", "detail", "instance", "code", "traceId")
        .containsEntry("type", "urn:edu-platform:problem:" + code)
        .containsEntry("status", status)
        .containsEntry("instance", instance)
        .containsEntry("code", code);
    assertThat((String) body.get("title")).isNotBlank();
    assertThat((String) body.get("detail")).isNotBlank();
    assertThat((String) body.get("traceId")).matches("[0-9a-f]{32}");
    return body;
  }
}
