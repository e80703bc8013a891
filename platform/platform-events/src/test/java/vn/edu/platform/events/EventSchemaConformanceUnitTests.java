package vn.edu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.events.fixtures.EventJson.MAPPER;

import com.networknt.schema.Error;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.edu.platform.events.fixtures.EventJson;
import vn.edu.platform.events.fixtures.EventSamples;
import vn.edu.platform.events.fixtures.EventSchemas;
import vn.edu.platform.events.plan.OrgUnitChanged;
import vn.edu.platform.events.plan.ProgressReportSubmitted;
import vn.edu.platform.events.plan.TargetValueReported;
import vn.edu.platform.events.plan.TaskAssigned;
import vn.edu.platform.events.plan.TaskStatusChanged;

/** Serialised events against their published JSON Schemas, both ways. */
class EventSchemaConformanceUnitTests {

  static List<IntegrationEvent> samples() {
    return EventSamples.all();
  }

  static List<Class<? extends IntegrationEvent>> catalogued() {
    return EventCatalog.events();
  }

  static Stream<Arguments> schemaExamples() {
    return EventCatalog.events().stream()
        .flatMap(
            event ->
                EventSchemas.document(event).get("examples").values().stream()
                    .map(example -> Arguments.of(event, example)));
  }

  @Test
  void samplesCoverEveryCataloguedEvent() {
    assertThat(EventSamples.all()).extracting(Object::getClass).containsAll(EventCatalog.events());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void serialisedSampleConformsToItsSchema(IntegrationEvent event) {
    assertThat(EventSchemas.errors(event.getClass(), EventJson.tree(event))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void serialisedSampleReadsBackIntoAnEqualRecord(IntegrationEvent event) {
    assertThat(MAPPER.readValue(EventJson.write(event), event.getClass())).isEqualTo(event);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleWithoutItsNullFieldsStillConformsAndReadsBack(IntegrationEvent event) {
    JsonNode payload = withoutNulls(EventJson.tree(event));

    assertThat(EventSchemas.errors(event.getClass(), payload)).isEmpty();
    assertThat(MAPPER.treeToValue(payload, event.getClass())).isEqualTo(event);
  }

  @ParameterizedTest
  @MethodSource("schemaExamples")
  void schemaExampleConformsAndReadsIntoItsRecord(
      Class<? extends IntegrationEvent> event, JsonNode example) {
    assertThat(EventSchemas.errors(event, example)).isEmpty();
    assertThat(MAPPER.treeToValue(example, event)).isInstanceOf(event);
  }

  @Test
  void datesAndInstantsAreWrittenAsIsoStrings() {
    JsonNode json = EventJson.tree(EventSamples.communeMerged());

    assertThat(json.get("occurredAt").stringValue()).isEqualTo("2025-07-01T00:00:00Z");
    assertThat(json.get("validFrom").stringValue()).isEqualTo("2008-01-01");
    assertThat(json.get("validTo").stringValue()).isEqualTo("2025-06-30");
    assertThat(json.has("subject")).as("subject is derived, not serialised").isFalse();
  }

  @Test
  void monthDeadlineAndDecimalsAreWrittenAsTheSchemaDescribes() {
    JsonNode task = EventJson.tree(EventSamples.taskAssigned());
    JsonNode status = EventJson.tree(EventSamples.taskCompletedAsAWhole());

    assertThat(task.get("deadline").get("month").stringValue()).isEqualTo("2026-06");
    assertThat(status.get("percentComplete").isNumber()).isTrue();
    assertThat(EventJson.write(EventSamples.taskCompletedAsAWhole()))
        .contains("\"percentComplete\":100.00");
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaRejectsDatesWrittenAsTimestamps(Class<? extends IntegrationEvent> event) {
    JsonMapper timestamps =
        JsonMapper.builder().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    JsonNode payload = timestamps.valueToTree(EventSamples.typical(event));

    assertThat(EventSchemas.errors(event, payload)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaRejectsAnUnknownProperty(Class<? extends IntegrationEvent> event) {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.typical(event));
    payload.put("studentName", "Nguyễn Văn A");

    assertThat(keywords(EventSchemas.errors(event, payload))).contains("additionalProperties");
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaRejectsAPayloadWithoutItsEventId(Class<? extends IntegrationEvent> event) {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.typical(event));
    payload.remove("eventId");

    assertThat(keywords(EventSchemas.errors(event, payload))).contains("required");
  }

  @ParameterizedTest
  @MethodSource("catalogued")
  void schemaRejectsAMalformedEventId(Class<? extends IntegrationEvent> event) {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.typical(event));
    payload.put("eventId", "not-a-uuid");

    assertThat(keywords(EventSchemas.errors(event, payload))).contains("format");
  }

  @Test
  void schemaRejectsASchoolWithoutSchoolLevel() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.schoolMovedUnderCommune());
    payload.putNull("schoolLevel");

    assertThat(EventSchemas.errors(OrgUnitChanged.class, payload)).isNotEmpty();
  }

  @Test
  void schemaRejectsAMergedUnitWithoutSuccessor() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.communeMerged());
    payload.set("successorCodes", MAPPER.createArrayNode());

    assertThat(EventSchemas.errors(OrgUnitChanged.class, payload)).isNotEmpty();
  }

  @Test
  void schemaRejectsAParentWithoutTheDateOfTheLink() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.communeCreated());
    payload.putNull("parentValidFrom");

    assertThat(EventSchemas.errors(OrgUnitChanged.class, payload)).isNotEmpty();
  }

  @Test
  void schemaRejectsADeadlineWhoseValueDoesNotMatchItsKind() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.taskAssigned());
    ((ObjectNode) payload.get("deadline")).put("date", "2026-06-30");

    assertThat(EventSchemas.errors(TaskAssigned.class, payload)).isNotEmpty();
  }

  @Test
  void schemaRejectsPercentCompleteAbove100() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.taskStartedBySchool());
    payload.put("percentComplete", 120);

    assertThat(keywords(EventSchemas.errors(TaskStatusChanged.class, payload))).contains("maximum");
  }

  @Test
  void schemaRejectsAReportOnBothATaskAndATarget() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.reportOnTaskSubmittedOnTime());
    payload.put("targetId", EventSamples.TARGET_ID.toString());

    assertThat(keywords(EventSchemas.errors(ProgressReportSubmitted.class, payload)))
        .contains("oneOf");
  }

  @Test
  void schemaRejectsAPeriodCodeOfAnotherPeriodType() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.reportOnTaskSubmittedOnTime());
    ((ObjectNode) payload.get("period")).put("code", "2026-03");

    assertThat(keywords(EventSchemas.errors(ProgressReportSubmitted.class, payload)))
        .contains("pattern");
  }

  @Test
  void schemaRejectsAPercentageAbove100() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.targetValueComputed());
    payload.put("value", 101);

    assertThat(keywords(EventSchemas.errors(TargetValueReported.class, payload)))
        .contains("maximum");
  }

  @Test
  void consumerReadingAnInvalidPayloadGetsTheRecordsValidationError() {
    ObjectNode payload = (ObjectNode) EventJson.tree(EventSamples.taskStartedBySchool());
    payload.put("percentComplete", 120);

    assertThatThrownBy(() -> MAPPER.treeToValue(payload, TaskStatusChanged.class))
        .isInstanceOf(JacksonException.class)
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("percentComplete must be between 0 and 100");
  }

  private static List<String> keywords(List<Error> errors) {
    return errors.stream().map(Error::getKeyword).toList();
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = MAPPER.createObjectNode();
      object
          .properties()
          .forEach(
              entry -> {
                if (!entry.getValue().isNull()) {
                  copy.set(entry.getKey(), withoutNulls(entry.getValue()));
                }
              });
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = MAPPER.createArrayNode();
      array.values().forEach(element -> copy.add(withoutNulls(element)));
      return copy;
    }
    return node;
  }
}
