package vn.edu.platform.studentrecord.record.adapter.out.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.signing.canonical.CanonicalJson;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
import vn.edu.platform.studentrecord.record.domain.Correction;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.RecordContent.RecordResults;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.CommentSemester;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.PrimaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.ScoredSemester;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearContent;
import vn.edu.platform.studentrecord.record.domain.assessment.SecondaryYearResult;
import vn.edu.platform.studentrecord.record.domain.assessment.SemesterAssessment;
import vn.edu.platform.studentrecord.record.domain.assessment.YearEndDecision;
import vn.edu.platform.studentrecord.record.domain.catalogue.SchoolLevel;

/**
 * The record's JSON document, with Jackson over the domain's own records: the domain stays free of
 * Jackson, and the two sealed types get their discriminator here ({@code kind}: {@code SCORED} /
 * {@code COMMENT} for a semester, {@code PROMOTED} / {@code SUMMER_WORK} / {@code REPEATS} for the
 * year-end decision). Decimals are written plain with their scale ({@code 7.5}, {@code 8.0}), so
 * the stored and the signed forms say exactly what the school entered.
 *
 * <p>The signed document ({@link #canonicalDocument}) is rebuilt from the stored record: its
 * identity, placement, content, results, correction and completion confirmation, not its workflow
 * state, so the homeroom teacher and the principal sign the same bytes.
 */
@Component
class JsonRecordDocuments implements RecordDocuments {

  /** The signed document's format; a change of its fields is a new format version. */
  static final String DOCUMENT_TYPE = "vn.edu.platform.studentrecord.SchoolRecord";

  static final int FORMAT_VERSION = 1;

  private final JsonMapper json;

  JsonRecordDocuments() {
    this.json =
        JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addMixIn(SemesterAssessment.class, SemesterKinds.class)
            .addMixIn(YearEndDecision.class, DecisionKinds.class)
            .build();
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ScoredSemester.class, name = "SCORED"),
    @JsonSubTypes.Type(value = CommentSemester.class, name = "COMMENT")
  })
  interface SemesterKinds {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = YearEndDecision.Promoted.class, name = "PROMOTED"),
    @JsonSubTypes.Type(value = YearEndDecision.SummerWork.class, name = "SUMMER_WORK"),
    @JsonSubTypes.Type(value = YearEndDecision.Repeats.class, name = "REPEATS")
  })
  interface DecisionKinds {}

  /** The mapper with the domain's discriminators, for the other adapters of the record. */
  JsonMapper mapper() {
    return json;
  }

  @Override
  public String contentJson(RecordContent content) {
    return json.writeValueAsString(contentValue(content));
  }

  @Override
  public RecordContent content(String text, boolean secondary) {
    return secondary
        ? new RecordContent.Secondary(json.readValue(text, SecondaryYearContent.class))
        : new RecordContent.Primary(json.readValue(text, PrimaryYearContent.class));
  }

  @Override
  public String resultsJson(RecordResults results) {
    return json.writeValueAsString(resultsValue(results));
  }

  @Override
  public RecordResults results(String text, boolean secondary) {
    return secondary
        ? new RecordResults.Secondary(json.readValue(text, SecondaryYearResult.class))
        : new RecordResults.Primary(json.readValue(text, PrimaryYearResult.class));
  }

  @Override
  public byte[] canonicalDocument(SchoolRecord record) {
    return CanonicalJson.of(json.writeValueAsString(document(record)));
  }

  @Override
  public byte[] canonicalOf(String documentJson) {
    return CanonicalJson.of(documentJson);
  }

  @Override
  public java.util.Optional<java.util.UUID> recordIdOf(String documentJson) {
    try {
      var node = json.readTree(documentJson);
      if (!DOCUMENT_TYPE.equals(node.path("type").asString(""))) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(java.util.UUID.fromString(node.path("recordId").asString()));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public java.util.Optional<DocumentFields> fieldsOf(String documentJson) {
    try {
      JsonNode d = json.readTree(documentJson);
      if (d == null
          || !d.isObject()
          || !DOCUMENT_TYPE.equals(d.path("type").asString(""))
          || !d.path("formatVersion").isInt()
          || d.path("formatVersion").asInt() != FORMAT_VERSION
          || !d.path("version").isInt()
          || !d.path("grade").isInt()) {
        return java.util.Optional.empty();
      }
      int grade = d.path("grade").asInt();
      if (grade < 1 || grade > 12) {
        return java.util.Optional.empty();
      }
      boolean secondary = SchoolLevel.ofGrade(grade).secondary();
      JsonNode content = d.get("content");
      JsonNode results = d.get("results");
      if (content == null || !content.isObject()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          new DocumentFields(
              java.util.UUID.fromString(text(d, "recordId")),
              d.path("version").asInt(),
              text(d, "studentCode"),
              text(d, "schoolYear"),
              text(d, "schoolCode"),
              grade,
              text(d, "className"),
              optionalText(d, "homeroomTeacher"),
              text(d, "catalogueVersion"),
              valueOf(d, "identity", IdentitySnapshot.class),
              content(json.writeValueAsString(content), secondary),
              results == null || results.isNull()
                  ? null
                  : results(json.writeValueAsString(results), secondary),
              valueOf(d, "correction", Correction.class),
              valueOf(d, "lowerSecondaryCompletion", SchoolRecord.CompletionConfirmation.class)));
    } catch (RuntimeException e) {
      // not JSON, a field of another type, a value the domain refuses: no record document
      return java.util.Optional.empty();
    }
  }

  private static String text(JsonNode d, String field) {
    JsonNode value = d.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new IllegalArgumentException("no text " + field);
    }
    return value.asString();
  }

  private static @Nullable String optionalText(JsonNode d, String field) {
    JsonNode value = d.get(field);
    return value == null || value.isNull() ? null : text(d, field);
  }

  private <T> @Nullable T valueOf(JsonNode d, String field, Class<T> type) {
    JsonNode value = d.get(field);
    return value == null || value.isNull() ? null : json.treeToValue(value, type);
  }

  /** The document as a tree of maps, lists and the domain's values. */
  Map<String, Object> document(SchoolRecord r) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("type", DOCUMENT_TYPE);
    d.put("formatVersion", FORMAT_VERSION);
    d.put("name", RecordDocuments.documentName(r));
    d.put("recordId", r.id());
    d.put("version", r.version());
    d.put("studentCode", r.studentCode());
    d.put("schoolYear", r.schoolYear());
    d.put("schoolCode", r.placement().schoolCode());
    d.put("grade", r.placement().grade());
    d.put("className", r.placement().className());
    d.put("homeroomTeacher", r.placement().homeroomTeacher());
    d.put("catalogueVersion", r.catalogueVersion());
    d.put("identity", r.identity());
    d.put("content", contentValue(r.content()));
    d.put("results", r.results() == null ? null : resultsValue(r.results()));
    d.put("correction", r.correction());
    d.put("lowerSecondaryCompletion", r.completion());
    return d;
  }

  private static Object contentValue(RecordContent content) {
    return switch (content) {
      case RecordContent.Secondary s -> s.year();
      case RecordContent.Primary p -> p.year();
    };
  }

  private static Object resultsValue(RecordResults results) {
    return switch (results) {
      case RecordResults.Secondary s -> s.year();
      case RecordResults.Primary p -> p.year();
    };
  }
}
