package vn.edu.platform.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

class GatewayPropertiesBindingTests {

  @Test
  void defaultsSuitADeveloperMachine() {
    GatewayProperties properties = bind(new MapConfigurationPropertySource(Map.of()));

    assertThat(properties.services()).isEmpty();
    assertThat(properties.cors().allowedOrigins()).containsExactly("http://localhost:5173");
    assertThat(properties.requestSize().maxBody()).isEqualTo(DataSize.ofMegabytes(10));
    assertThat(properties.requestSize().maxUpload()).isEqualTo(DataSize.ofMegabytes(200));
    assertThat(properties.requestSize().uploadPaths()).containsExactly("/**/imports/**");
    assertThat(properties.rateLimits().publicClients().requestsPerMinute()).isEqualTo(60);
    assertThat(properties.rateLimits().publicClients().burst()).isEqualTo(20);
    assertThat(properties.rateLimits().authenticatedClients().enabled()).isFalse();
    assertThat(properties.resilience().responseTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(properties.resilience().retries()).isEqualTo(2);
    assertThat(properties.trustedProxies()).isEmpty();
  }

  @Test
  void bindsServicesFromTheEnvironmentVariablesTheLauncherSets() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                    "EDU_GATEWAY_SERVICES_PLAN_URL", "http://localhost:8081",
                    "EDU_GATEWAY_SERVICES_STUDENTRECORD_URL", "http://student-record-service:8080",
                    "EDU_GATEWAY_SERVICES_STUDENTRECORD_RESPONSETIMEOUT", "3s",
                    "EDU_GATEWAY_CORS_ALLOWEDORIGINS",
                        "https://edu.example.vn,https://admin.edu.example.vn",
                    "EDU_GATEWAY_RATELIMITS_PUBLIC_REQUESTSPERMINUTE", "120",
                    "EDU_GATEWAY_TRUSTEDPROXIES", "10.0.0.0/8")));
    GatewayProperties properties =
        Binder.get(environment).bind("edu.gateway", GatewayProperties.class).get();

    assertThat(properties.service(DownstreamService.PLAN))
        .get()
        .extracting(GatewayProperties.Downstream::url)
        .isEqualTo(URI.create("http://localhost:8081"));
    assertThat(properties.service(DownstreamService.STUDENT_RECORD))
        .get()
        .satisfies(
            service -> {
              assertThat(service.url()).isEqualTo(URI.create("http://student-record-service:8080"));
              assertThat(service.responseTimeout()).isEqualTo(Duration.ofSeconds(3));
            });
    assertThat(properties.service(DownstreamService.DIPLOMA)).isEmpty();
    assertThat(properties.cors().allowedOrigins())
        .containsExactly("https://edu.example.vn", "https://admin.edu.example.vn");
    assertThat(properties.rateLimits().publicClients().requestsPerMinute()).isEqualTo(120);
    assertThat(properties.rateLimits().publicClients().burst()).isEqualTo(20);
    assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8");
  }

  @Test
  void bindsServicesFromYamlStyleKeys() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "yaml",
                Map.of("edu.gateway.services.student-record.url", "http://localhost:8082")));
    GatewayProperties properties =
        Binder.get(environment).bind("edu.gateway", GatewayProperties.class).get();

    assertThat(properties.service(DownstreamService.STUDENT_RECORD)).isPresent();
  }

  private static GatewayProperties bind(MapConfigurationPropertySource source) {
    return new Binder(source).bindOrCreate("edu.gateway", GatewayProperties.class);
  }
}
