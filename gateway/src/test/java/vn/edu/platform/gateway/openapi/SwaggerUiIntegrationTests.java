package vn.edu.platform.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import vn.edu.platform.gateway.support.GatewayIntegrationTest;

class SwaggerUiIntegrationTests extends GatewayIntegrationTest {

  @Test
  void listsTheDocumentOfEveryConfiguredServiceThroughTheGateway() {
    client
        .get()
        .uri("/v3/api-docs/swagger-config")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .value(
            config -> {
              @SuppressWarnings("unchecked")
              List<Map<String, String>> urls = (List<Map<String, String>>) config.get("urls");
              assertThat(urls)
                  .extracting(url -> url.get("name"), url -> url.get("url"))
                  .containsExactlyInAnyOrder(
                      tuple("plan-service", "/api/v1/plans/v3/api-docs"),
                      tuple("student-record-service", "/api/v1/student-records/v3/api-docs"),
                      tuple("diploma-service", "/api/v1/diplomas/v3/api-docs"),
                      tuple("admission-service", "/api/v1/admissions/v3/api-docs"));
            });
  }

  @Test
  void servesTheSwaggerUiWithoutTokenUnderALooserContentSecurityPolicy() {
    String location =
        client
            .get()
            .uri("/swagger-ui.html")
            .exchange()
            .expectStatus()
            .is3xxRedirection()
            .returnResult(String.class)
            .getResponseHeaders()
            .getLocation()
            .getPath();

    client
        .get()
        .uri(location)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectHeader()
        .value("Content-Security-Policy", csp -> assertThat(csp).contains("script-src 'self'"));
  }
}
