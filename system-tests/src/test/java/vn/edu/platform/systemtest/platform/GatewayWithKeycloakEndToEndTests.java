package vn.edu.platform.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.DEPARTMENT;
import static vn.edu.platform.test.security.KeycloakNames.BUILT_IN_REALM_ROLES;
import static vn.edu.platform.test.security.KeycloakNames.DEFAULT_ROLES;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.edu.platform.runtime.keycloak.KeycloakServer;
import vn.edu.platform.systemtest.keycloak.DemoPersona;
import vn.edu.platform.systemtest.keycloak.EduKeycloak;
import vn.edu.platform.systemtest.keycloak.EduRealm;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.http.TestHttp;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.kafka.EmbeddedKafkaServer;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;

/**
 * Issue 3's "must show", end to end: the real Keycloak with the realm export of {@code
 * deploy/keycloak}, the real gateway and the real plan-service behind it (both started in this JVM,
 * see {@link InProcessApplications}), plan-service on a fresh database of the test kit's PostgreSQL
 * and on its Kafka broker. Every demo persona's password-grant token carries its roles, the {@code
 * edu-api} audience and its {@code org_unit}, and the gateway lets it through; no token or a token
 * without the audience is stopped at the gateway with 401; a school's users get 403 on a
 * department's import job; request ids, trace context and plan-service's problems cross the gateway
 * intact.
 *
 * <p>The organisation tree of the demo users is loaded through the gateway with plan-service's own
 * import, as the demo department administrator would: nothing writes to the database from outside.
 */
class GatewayWithKeycloakEndToEndTests {

  private static final String PLANS = "/api/v1/plans";
  private static final String ORG_UNITS = "/api/v1/org-units";
  private static final String TREE = ORG_UNITS + "/tree";

  /**
   * The units of the demo users: the department, the two divisions of its staff (department staff
   * act province-wide only while their unit lies within the department in the tree), the two
   * communes, a primary school in each and the lower-secondary school of commune A.
   */
  private static final String DEMO_TREE_CSV =
      """
      code,name,kind,schoolLevel,ownership,administrativeCode,parentCode,validFrom
      SGD31,Sở Giáo dục và Đào tạo Hải Phòng,DEPARTMENT,,,,,2025-07-01
      SGD31-VP,Văn phòng,DIVISION,,,,SGD31,2025-07-01
      SGD31-GDTrH,Phòng Giáo dục Trung học,DIVISION,,,,SGD31,2025-07-01
      X11311,Phường Hồng Bàng,COMMUNE,,,11311,SGD31,2025-07-01
      X11629,Xã An Lão,COMMUNE,,,11629,SGD31,2025-07-01
      S311002,Trường Tiểu học Hồng Bàng,SCHOOL,PRIMARY,PUBLIC,,X11311,2025-07-01
      S311003,Trường THCS Hùng Vương,SCHOOL,LOWER_SECONDARY,PUBLIC,,X11311,2025-07-01
      S311012,Trường Tiểu học An Lão,SCHOOL,PRIMARY,PUBLIC,,X11629,2025-07-01
      """;

  private static final int DEMO_TREE_UNITS = 8;

  private static long classStarted;
  private static final List<String> timings = new ArrayList<>();

  private static KeycloakServer keycloak;
  private static ConfigurableApplicationContext planService;
  private static ConfigurableApplicationContext gateway;
  private static TestHttp throughGateway;
  private static TestHttp directToPlanService;

  /** The import job of the demo tree: submitted by the department administrator, unit SGD31. */
  private static String departmentImportJob;

  @BeforeAll
  static void startKeycloakPlanServiceAndGatewayAndLoadTheDemoTree() {
    assumeTrue(
        InProcessApplications.onTheClassPath(),
        "plan-service and the gateway are on the class path of failsafe's platform end-to-end"
            + " run only");
    classStarted = System.nanoTime();
    keycloak = timed("Keycloak", EduKeycloak::get);
    timed(
        "PostgreSQL and Kafka",
        () -> List.of(EmbeddedPostgresServer.get(), EmbeddedKafkaServer.get()));
    planService = timed("plan-service", () -> InProcessApplications.startPlanService(keycloak));
    int planServicePort = InProcessApplications.portOf(planService);
    gateway =
        timed(
            "gateway",
            () ->
                InProcessApplications.startGateway(
                    keycloak, "http://127.0.0.1:" + planServicePort));
    throughGateway = new TestHttp(InProcessApplications.portOf(gateway));
    directToPlanService = new TestHttp(planServicePort);
    departmentImportJob = timed("demo tree import", () -> importDemoTree(token("sgd.admin")));
  }

  @AfterAll
  static void stopGatewayAndPlanService() {
    try {
      if (gateway != null) {
        gateway.close();
      }
    } finally {
      if (planService != null) {
        planService.close();
      }
    }
    if (classStarted == 0) {
      return;
    }
    System.out.printf(
        "%s: %d ms for the whole class (%s)%n",
        GatewayWithKeycloakEndToEndTests.class.getSimpleName(),
        Duration.ofNanos(System.nanoTime() - classStarted).toMillis(),
        String.join(", ", timings));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.edu.platform.systemtest.keycloak.DemoPersona#all")
  void everyDemoPersonaGetsItsRolesUnitAndAudienceAndTheGatewayLetsItReadTheTree(
      DemoPersona persona) throws ParseException {
    String token = token(persona.username());

    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(keycloak.issuer(EduRealm.NAME));
    assertThat(claims.getAudience()).contains(EduRealm.API_CLIENT);
    assertThat(realmRolesOf(claims))
        .containsExactlyInAnyOrderElementsOf(expectedRealmRoles(persona));
    assertThat(claims.getStringClaim("org_unit")).isEqualTo(persona.orgUnit());
    assertThat(claims.getClaims().containsKey("org_unit")).isEqualTo(persona.orgUnit() != null);

    Reply tree = throughGateway.get(TREE).token(token).send();
    assertThat(tree.status()).as(tree.text()).isEqualTo(200);
    assertThat(tree.json().path("unitCount").asInt()).isEqualTo(DEMO_TREE_UNITS);
    assertThat(tree.json().path("roots").get(0).path("code").asString()).isEqualTo(DEPARTMENT);
    if (persona.orgUnit() != null) {
      assertThat(unitCodesIn(tree.json().path("roots"))).contains(persona.orgUnit());
    }
  }

  @Test
  void stopsARequestWithoutTokenAtTheGatewayWith401Problem() {
    Reply reply = notForwardedToPlanService(() -> throughGateway.get(TREE).send());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().path("code").asString()).isEqualTo("unauthenticated");
  }

  @Test
  void stopsAValidTokenWithoutTheApiAudienceAtTheGatewayWith401() {
    String withoutAudience = EduRealm.serviceLogin(keycloak, "edu-no-audience").accessToken();

    Reply reply =
        notForwardedToPlanService(() -> throughGateway.get(TREE).token(withoutAudience).send());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    assertThat(reply.json().path("code").asString()).isEqualTo("unauthenticated");
  }

  @Test
  void forbidsUsersOfASchoolTheDepartmentsImportJobWithPlanServices403Problem() {
    for (String schoolUser : List.of("qt.s311002", "gv.s311012")) {
      Reply reply = throughGateway.get(departmentImportJob).token(token(schoolUser)).send();

      assertThat(reply.status()).as(schoolUser).isEqualTo(403);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().path("code").asString()).isEqualTo("forbidden-org-unit");
    }
    Reply departmentOfficer =
        throughGateway.get(departmentImportJob).token(token("sgd.chuyenvien")).send();
    assertThat(departmentOfficer.status()).isEqualTo(200);
    assertThat(departmentOfficer.json().path("orgUnit").asString()).isEqualTo(DEPARTMENT);
  }

  @Test
  void returnsTheRequestIdAndContinuesTheCallersTraceIntoPlanService() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    Reply reply =
        throughGateway
            .get(ORG_UNITS + "/S999999")
            .token(token("gv.s311002"))
            .header("X-Request-Id", "e2e-request-42")
            .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
            .send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("X-Request-Id")).isEqualTo("e2e-request-42");
    // plan-service wrote the problem inside the caller's trace, continued by the gateway
    assertThat(reply.json().path("traceId").asString()).isEqualTo(traceId);

    Reply ok = throughGateway.get(TREE).token(token("gv.s311002")).send();
    assertThat(ok.header("X-Request-Id")).as("a new id when the caller sent none").isNotBlank();
  }

  @Test
  void passesPlanServicesProblemThroughTheGatewayUnchanged() {
    String token = token("ubnd.x11629");
    String unknownUnit = ORG_UNITS + "/S999999";

    Reply viaGateway =
        throughGateway.get(unknownUnit).token(token).header("Accept-Language", "en").send();
    Reply direct =
        directToPlanService.get(unknownUnit).token(token).header("Accept-Language", "en").send();

    assertThat(viaGateway.status()).isEqualTo(404);
    assertThat(viaGateway.contentType()).isEqualTo(direct.contentType());
    JsonNode problem = viaGateway.json();
    assertThat(problem.path("code").asString()).isEqualTo("org-unit-not-found");
    assertThat(problem.path("title").asString()).isEqualTo("Unknown unit");
    assertThat(problem.path("detail").asString()).isEqualTo("No unit has code S999999.");
    assertThat(problem.path("instance").asString()).isEqualTo(unknownUnit);
    assertThat(withoutTraceId(problem)).isEqualTo(withoutTraceId(direct.json()));
  }

  @Test
  void eachApplicationRunsOnlyItsOwnStack() {
    assertThat(webServerOf(gateway)).isEqualTo("NettyWebServer");
    assertThat(matchedAutoConfigurationsOf(gateway))
        .noneMatch(inAnyOf(InProcessApplications.NOT_IN_THE_GATEWAY));
    assertThat(gateway.getBeanNamesForType(DataSource.class)).isEmpty();
    assertThat(gateway.getBeanNamesForType(KafkaTemplate.class)).isEmpty();
    assertThat(beanClassesOf(gateway)).noneMatch(inAnyOf(List.of("vn.edu.platform.starter.")));
    assertThat(propertySourcesOf(gateway))
        .doesNotContainAnyElementsOf(InProcessApplications.STARTER_PROPERTY_SOURCES)
        .anyMatch(source -> source.contains("/gateway/"))
        .noneMatch(source -> source.contains("/plan-service/"));
    assertThat(gateway.getEnvironment().getProperty("spring.application.name"))
        .isEqualTo("gateway");

    assertThat(webServerOf(planService)).isEqualTo("TomcatWebServer");
    assertThat(matchedAutoConfigurationsOf(planService))
        .noneMatch(inAnyOf(InProcessApplications.NOT_IN_PLAN_SERVICE));
    assertThat(beanClassesOf(planService))
        .noneMatch(inAnyOf(List.of("org.springframework.cloud.", "vn.edu.platform.gateway.")));
    assertThat(propertySourcesOf(planService))
        .doesNotContainAnyElementsOf(InProcessApplications.SPRING_CLOUD_PROPERTY_SOURCES)
        .anyMatch(source -> source.contains("/plan-service/"))
        .noneMatch(source -> source.contains("/gateway/"));
    assertThat(planService.getEnvironment().getProperty("spring.application.name"))
        .isEqualTo("plan-service");
  }

  /** Uploads the demo tree as CSV and waits for the job; returns the job's path. */
  private static String importDemoTree(String departmentAdmin) {
    Reply upload =
        throughGateway
            .post(PLANS + "/imports/org-units")
            .token(departmentAdmin)
            .file(
                "file",
                "don-vi-demo.csv",
                "text/csv",
                DEMO_TREE_CSV.getBytes(StandardCharsets.UTF_8))
            .send();
    assertThat(upload.status()).as(upload.text()).isEqualTo(202);
    String job = upload.header("Location");
    Await.until(
        "the demo tree's import job to finish",
        Duration.ofSeconds(60),
        () -> {
          String status =
              throughGateway
                  .get(job)
                  .token(departmentAdmin)
                  .send()
                  .json()
                  .path("status")
                  .asString();
          return status.equals("COMPLETED") || status.equals("FAILED");
        });
    JsonNode finished = throughGateway.get(job).token(departmentAdmin).send().json();
    assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("COMPLETED");
    assertThat(finished.path("rowsAccepted").asInt()).isEqualTo(DEMO_TREE_UNITS);
    return job;
  }

  private static String token(String username) {
    return EduRealm.demoLogin(keycloak, username).accessToken();
  }

  private static Set<String> expectedRealmRoles(DemoPersona persona) {
    Set<String> roles = new HashSet<>(persona.platformRoles());
    roles.add(DEFAULT_ROLES);
    roles.addAll(BUILT_IN_REALM_ROLES);
    return roles;
  }

  private static List<String> realmRolesOf(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    return realmAccess.get("roles") instanceof List<?> roles
        ? roles.stream().map(String::valueOf).toList()
        : List.of();
  }

  /**
   * Sends a GET that the gateway must answer itself and checks that plan-service never saw it.
   * plan-service counts its answers by method and status; a control request sent to it directly
   * afterwards (a DELETE without token, answered 401) shows that the count is up to date.
   */
  private static Reply notForwardedToPlanService(Supplier<Reply> get) {
    long getsBefore = planServiceAnswers("GET", 401);
    long controlsBefore = planServiceAnswers("DELETE", 401);
    Reply reply = get.get();
    assertThat(directToPlanService.delete(TREE).send().status()).isEqualTo(401);
    Await.until(
        "plan-service to count the control request",
        Duration.ofSeconds(5),
        () -> planServiceAnswers("DELETE", 401) > controlsBefore);
    assertThat(planServiceAnswers("GET", 401))
        .as("GET requests plan-service itself answered with 401")
        .isEqualTo(getsBefore);
    return reply;
  }

  /** How many {@code method} requests plan-service itself answered with {@code status}. */
  private static long planServiceAnswers(String method, int status) {
    return planService
        .getBean(MeterRegistry.class)
        .find("http.server.requests")
        .tag("method", method)
        .tag("status", String.valueOf(status))
        .timers()
        .stream()
        .mapToLong(Timer::count)
        .sum();
  }

  private static JsonNode withoutTraceId(JsonNode problem) {
    ObjectNode copy = (ObjectNode) problem.deepCopy();
    copy.remove("traceId");
    return copy;
  }

  private static List<String> unitCodesIn(JsonNode nodes) {
    List<String> codes = new ArrayList<>();
    for (JsonNode node : nodes) {
      codes.add(node.path("code").asString());
      codes.addAll(unitCodesIn(node.path("children")));
    }
    return codes;
  }

  private static String webServerOf(ConfigurableApplicationContext application) {
    return ((WebServerApplicationContext) application).getWebServer().getClass().getSimpleName();
  }

  /** Auto-configuration classes (and their bean methods) whose conditions all matched. */
  private static List<String> matchedAutoConfigurationsOf(
      ConfigurableApplicationContext application) {
    return ConditionEvaluationReport.get(application.getBeanFactory())
        .getConditionAndOutcomesBySource()
        .entrySet()
        .stream()
        .filter(entry -> entry.getValue().isFullMatch())
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<String> beanClassesOf(ConfigurableApplicationContext application) {
    return Arrays.stream(application.getBeanDefinitionNames())
        .map(name -> application.getBeanFactory().getType(name, false))
        .filter(type -> type != null)
        .map(Class::getName)
        .toList();
  }

  private static List<String> propertySourcesOf(ConfigurableApplicationContext application) {
    return application.getEnvironment().getPropertySources().stream()
        .map(PropertySource::getName)
        .toList();
  }

  private static Predicate<String> inAnyOf(List<String> packages) {
    return name -> packages.stream().anyMatch(name::startsWith);
  }

  private static <T> T timed(String what, Supplier<T> step) {
    long started = System.nanoTime();
    T result = step.get();
    timings.add(what + " " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    return result;
  }
}
