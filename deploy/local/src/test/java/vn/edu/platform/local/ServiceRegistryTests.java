package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceRegistryTests {

  /** Surefire runs in the module directory, deploy/local. */
  private static final Path REPOSITORY_ROOT = Path.of("../..").toAbsolutePath().normalize();

  @TempDir Path root;

  @Test
  void theCheckedInRegistryHasTheGatewayAndTheFiveServicesOnTheirPorts() {
    ServiceRegistry registry = ServiceRegistry.load(REPOSITORY_ROOT);

    assertThat(registry.gateway().port()).isEqualTo(8080);
    assertThat(registry.definitions())
        .extracting(ServiceDefinition::name, ServiceDefinition::port)
        .contains(
            org.assertj.core.groups.Tuple.tuple("plan-service", 8081),
            org.assertj.core.groups.Tuple.tuple("student-record-service", 8082),
            org.assertj.core.groups.Tuple.tuple("diploma-service", 8083),
            org.assertj.core.groups.Tuple.tuple("admission-service", 8084),
            org.assertj.core.groups.Tuple.tuple("reporting-service", 8085));
  }

  @Test
  void servicesWhoseJarIsNotBuiltAreSkipped() throws IOException {
    ServiceRegistry registry = registry();
    Path jar = root.resolve("plan-service/target/plan-service.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");

    assertThat(registry.builtServices(root))
        .extracting(ServiceDefinition::name)
        .containsExactly("plan-service");
    assertThat(registry.missingServices(root))
        .extracting(ServiceDefinition::name)
        .containsExactly("student-record-service");
    assertThat(registry.gateway().isBuilt(root)).isFalse();
  }

  @Test
  void addingAServiceIsOneLine() throws IOException {
    ServiceRegistry registry =
        ServiceRegistry.read(
            new StringReader(
                CSV
                    + "service,exam-service,exam-service,exam-service/target/e.jar,8086,exam_service,/api/v1/exams\n"));

    assertThat(registry.definitions()).extracting(ServiceDefinition::name).contains("exam-service");
  }

  @Test
  void gatewayLearnsAServiceUrlFromItsEnvironmentVariable() throws IOException {
    ServiceDefinition studentRecords = registry().definitions().get(2);

    assertThat(studentRecords.gatewayKey()).isEqualTo("STUDENTRECORD");
    assertThat(studentRecords.gatewayUrlVariable())
        .isEqualTo("EDU_GATEWAY_SERVICES_STUDENTRECORD_URL");
    assertThat(studentRecords.database()).isEqualTo("student_record_service");
    assertThat(registry().gateway().database()).isNull();
  }

  private static final String CSV =
      """
      # comment
      kind,name,module,jar,port,database,apiPath
      gateway,gateway,gateway,gateway/target/gateway.jar,8080,,/
      service,plan-service,plan-service,plan-service/target/plan-service.jar,8081,plan_service,/api/v1/plans
      service,student-record-service,student-record-service,student-record-service/target/student-record-service.jar,8082,student_record_service,/api/v1/student-records
      """;

  private static ServiceRegistry registry() throws IOException {
    return ServiceRegistry.read(new StringReader(CSV));
  }
}
