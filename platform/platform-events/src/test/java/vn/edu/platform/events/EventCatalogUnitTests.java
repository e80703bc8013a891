package vn.edu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.events.fixtures.EventSamples;
import vn.edu.platform.events.fixtures.EventSchemas;
import vn.edu.platform.events.plan.OrgUnitChanged;
import vn.edu.platform.events.plan.PlanIssued;
import vn.edu.platform.events.plan.PlanStatusChanged;
import vn.edu.platform.events.plan.ProgressReportApproved;
import vn.edu.platform.events.plan.ProgressReportRejected;
import vn.edu.platform.events.plan.ProgressReportReopened;
import vn.edu.platform.events.plan.ProgressReportSubmitted;
import vn.edu.platform.events.plan.TargetAdded;
import vn.edu.platform.events.plan.TargetValueReported;
import vn.edu.platform.events.plan.TaskAssigned;
import vn.edu.platform.events.plan.TaskStatusChanged;
import vn.edu.platform.events.plan.signers.SignerCertificateRegistered;
import vn.edu.platform.events.plan.signers.SignerCertificateRevoked;
import vn.edu.platform.events.plan.signers.SigningDelegationEnded;
import vn.edu.platform.events.plan.signers.SigningDelegationGranted;
import vn.edu.platform.events.studentrecord.ExtractIssued;
import vn.edu.platform.events.studentrecord.RecordCorrected;
import vn.edu.platform.events.studentrecord.RecordLocked;
import vn.edu.platform.events.studentrecord.RecordReopened;
import vn.edu.platform.events.studentrecord.RecordSigned;
import vn.edu.platform.events.studentrecord.RecordSubmitted;
import vn.edu.platform.events.studentrecord.StudentEnrolled;
import vn.edu.platform.events.studentrecord.StudentTransferred;
import vn.edu.platform.events.studentrecord.YearResultFinalized;

class EventCatalogUnitTests {

  static List<Class<? extends IntegrationEvent>> catalogued() {
    return EventCatalog.events();
  }

  static List<IntegrationEvent> samples() {
    return EventSamples.all();
  }

  @Test
  void everyEventClassOfTheModuleIsCatalogued() {
    assertThat(eventClassesOnDisk()).containsExactlyInAnyOrderElementsOf(EventCatalog.events());
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void everyEventIsARecordCarryingEventType(Class<? extends IntegrationEvent> event) {
    assertThat(event.isRecord()).as("%s is a record", event).isTrue();
    assertThat(event.getAnnotation(EventType.class)).as("@EventType on %s", event).isNotNull();
    assertThat(EventCatalog.descriptorOf(event)).isEqualTo(event.getAnnotation(EventType.class));
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void everyEventGoesToATopicDeclaredInTopics(Class<? extends IntegrationEvent> event) {
    assertThat(TopicsUnitTests.topicConstants()).contains(EventCatalog.descriptorOf(event).topic());
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void typeIsNamedAfterTheServicePackageAndTheRecord(Class<? extends IntegrationEvent> event) {
    String service = event.getPackageName().substring("vn.edu.platform.events.".length());
    assertThat(EventCatalog.descriptorOf(event).type())
        .isEqualTo("vn.edu.platform." + service + "." + event.getSimpleName());
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void sourceIsTheServiceThatOwnsTheTopic(Class<? extends IntegrationEvent> event) {
    EventType descriptor = EventCatalog.descriptorOf(event);
    String service = descriptor.topic().split("\\.")[1];
    assertThat(descriptor.source()).isEqualTo(service + "-service");
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaIdIsTheDataSchemaUriOfTheEvent(Class<? extends IntegrationEvent> event) {
    JsonNode schema = EventSchemas.document(event);
    assertThat(schema.get("$id").stringValue())
        .isEqualTo(CloudEventHeaders.dataSchemaOf(EventCatalog.descriptorOf(event)));
    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("title").stringValue()).isNotBlank();
    assertThat(schema.get("description").stringValue()).isNotBlank();
    assertThat(schema.get("examples").isArray() && !schema.get("examples").isEmpty()).isTrue();
  }

  @Test
  void schemaResourceNamesTheTypeAndVersion() {
    assertThat(EventCatalog.schemaResource(OrgUnitChanged.class))
        .isEqualTo(
            "vn/edu/platform/events/schemas/vn.edu.platform.plan.OrgUnitChanged.v1.schema.json");
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void byTypeFindsTheEventOfATypeAndVersion(Class<? extends IntegrationEvent> event) {
    EventType descriptor = EventCatalog.descriptorOf(event);
    assertThat(EventCatalog.byType(descriptor.type(), descriptor.version())).contains(event);
    assertThat(EventCatalog.byType(descriptor.type(), descriptor.version() + 1)).isEmpty();
  }

  @Test
  void byTypeFindsNothingForAnUnknownType() {
    assertThat(EventCatalog.byType("vn.edu.platform.plan.Unknown", 1)).isEmpty();
  }

  @Test
  void topicsAreTheTopicsOfThePublishingServices() {
    assertThat(EventCatalog.topics())
        .containsExactly(
            Topics.PLAN_ORG_UNIT,
            Topics.PLAN_PLAN,
            Topics.PLAN_PROGRESS_REPORT,
            Topics.PLAN_SIGNER_CERTIFICATE,
            Topics.PLAN_SIGNING_DELEGATION,
            Topics.PLAN_TARGET,
            Topics.PLAN_TASK,
            Topics.STUDENT_RECORD_RECORD,
            Topics.STUDENT_RECORD_STUDENT);
  }

  @Test
  void descriptorOfRejectsAnEventOutsideTheCatalogue() {
    assertThatThrownBy(() -> EventCatalog.descriptorOf(NotCatalogued.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventCatalog.schemaResource(NotCatalogued.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void subjectIsTheIdOfTheAggregateOfTheTopic(IntegrationEvent event) {
    String aggregateId =
        switch (event) {
          case OrgUnitChanged e -> e.unitCode();
          case PlanIssued e -> e.planId().toString();
          case PlanStatusChanged e -> e.planId().toString();
          case TargetAdded e -> e.planId().toString();
          case TaskAssigned e -> e.taskId().toString();
          case TaskStatusChanged e -> e.taskId().toString();
          case ProgressReportSubmitted e -> e.reportId().toString();
          case ProgressReportApproved e -> e.reportId().toString();
          case ProgressReportRejected e -> e.reportId().toString();
          case ProgressReportReopened e -> e.reportId().toString();
          case TargetValueReported e -> e.targetId().toString();
          case SignerCertificateRegistered e -> e.certificateId().toString();
          case SignerCertificateRevoked e -> e.certificateId().toString();
          case SigningDelegationGranted e -> e.delegationId().toString();
          case SigningDelegationEnded e -> e.delegationId().toString();
          case RecordSubmitted e -> e.studentCode() + "/" + e.schoolYear();
          case RecordReopened e -> e.studentCode() + "/" + e.schoolYear();
          case RecordSigned e -> e.studentCode() + "/" + e.schoolYear();
          case RecordLocked e -> e.studentCode() + "/" + e.schoolYear();
          case RecordCorrected e -> e.studentCode() + "/" + e.schoolYear();
          case YearResultFinalized e -> e.studentCode() + "/" + e.schoolYear();
          case ExtractIssued e -> e.studentCode() + "/" + e.schoolYear();
          case StudentEnrolled e -> e.studentCode();
          case StudentTransferred e -> e.studentCode();
          default -> throw new AssertionError("no aggregate id known for " + event);
        };
    assertThat(event.subject()).isEqualTo(aggregateId);
  }

  /** Event records compiled from src/main, found without the catalogue's help. */
  private static Set<Class<?>> eventClassesOnDisk() {
    Path root;
    try {
      root =
          Path.of(EventCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    assertThat(root).as("main classes are a directory").isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .map(name -> name.replace(root.getFileSystem().getSeparator(), "."))
          .map(EventCatalogUnitTests::load)
          .filter(IntegrationEvent.class::isAssignableFrom)
          .filter(type -> !type.isInterface())
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, EventCatalog.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  record NotCatalogued(UUID eventId, Instant occurredAt) implements IntegrationEvent {
    @Override
    public String subject() {
      return eventId.toString();
    }
  }
}
