package vn.edu.platform.studentrecord.record.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.YearResultsQuery;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.domain.Correction;
import vn.edu.platform.studentrecord.record.domain.IdentitySnapshot;
import vn.edu.platform.studentrecord.record.domain.ImportOrigin;
import vn.edu.platform.studentrecord.record.domain.Placement;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.catalogue.SchoolLevel;

/**
 * Records in PostgreSQL: one row per version ({@code school_record}) with the content and results
 * as JSONB in the document's own form, and the signatures in {@code record_signature} (written by
 * the signing adapter, which also stores the JAdES signature). Locks are row locks ({@code FOR
 * UPDATE}) taken by the workflow's transaction, so two steps on one record queue up. Imported
 * records ({@code import_id}) are not among a school's lists or the year's final results: their
 * {@code school_code} is the school that signed them elsewhere, which must not see them, and they
 * are no result of this province's schools.
 */
@Repository
class JdbcSchoolRecordRepository implements SchoolRecordRepository {

  private static final String SELECT = "SELECT * FROM school_record r ";

  private static final String INSERT =
      """
            INSERT INTO school_record
              (id, student_code, school_year, version, school_code, grade, class_id, class_name,
               homeroom_teacher, catalogue_version, status, content, results, identity,
               previous_version_id, correction_reason, correction_decision,
               correction_decision_date, superseded_by, completion_confirmed_by,
               completion_confirmed_at, created_at, updated_at, revision, import_id,
               imported_by_school, imported_by, imported_at)
            VALUES (:id, :student, :year, :version, :school, :grade, :classId, :className,
               :teacher, :catalogue, :status, CAST(:content AS JSONB), CAST(:results AS JSONB),
               CAST(:identity AS JSONB), :previous, :reason, :decision, :decisionDate,
               :supersededBy, :completionBy, :completionAt, :createdAt, :updatedAt, :revision,
               :importId, :importedBySchool, :importedBy, :importedAt)
            """;

  private static final String UPDATE =
      """
            UPDATE school_record SET
              school_code = :school, grade = :grade, class_id = :classId, class_name = :className,
              homeroom_teacher = :teacher, catalogue_version = :catalogue, status = :status,
              content = CAST(:content AS JSONB), results = CAST(:results AS JSONB),
              identity = CAST(:identity AS JSONB), superseded_by = :supersededBy,
              completion_confirmed_by = :completionBy, completion_confirmed_at = :completionAt,
              updated_at = :updatedAt, revision = :revision
             WHERE id = :id
            """;

  private static final String UPDATE_STATE =
      """
            UPDATE school_record SET status = :status, updated_at = :updatedAt, revision = :revision
             WHERE id = :id
            """;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate template;
  private final RecordDocuments documents;
  private final JsonMapper json;

  JdbcSchoolRecordRepository(
      JdbcClient jdbc,
      NamedParameterJdbcTemplate template,
      RecordDocuments documents,
      JsonMapper json) {
    this.jdbc = jdbc;
    this.template = template;
    this.documents = documents;
    this.json = json;
  }

  @Override
  public Optional<SchoolRecord> find(UUID id) {
    return one(jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(this::row).optional());
  }

  @Override
  public Optional<SchoolRecord> lock(UUID id) {
    return one(
        jdbc.sql(SELECT + "WHERE id = :id FOR UPDATE").param("id", id).query(this::row).optional());
  }

  @Override
  public Optional<SchoolRecord> lockCurrent(String studentCode, String schoolYear) {
    return one(
        jdbc.sql(
                SELECT
                    + "WHERE student_code = :s AND school_year = :y AND superseded_by IS NULL"
                    + " FOR UPDATE")
            .param("s", studentCode)
            .param("y", schoolYear)
            .query(this::row)
            .optional());
  }

  @Override
  public Map<String, SchoolRecord> lockCurrent(List<String> studentCodes, String schoolYear) {
    Map<String, SchoolRecord> byStudent = new HashMap<>();
    for (int from = 0; from < studentCodes.size(); from += 1000) {
      List<String> chunk = studentCodes.subList(from, Math.min(studentCodes.size(), from + 1000));
      withSignatures(
              jdbc.sql(
                      SELECT
                          + "WHERE student_code IN (:codes) AND school_year = :y"
                          + " AND superseded_by IS NULL FOR UPDATE")
                  .param("codes", chunk)
                  .param("y", schoolYear)
                  .query(this::row)
                  .list())
          .forEach(r -> byStudent.put(r.studentCode(), r));
    }
    return byStudent;
  }

  @Override
  public Map<UUID, SchoolRecord> findAll(List<UUID> ids, boolean lock) {
    Map<UUID, SchoolRecord> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      withSignatures(
              jdbc.sql(SELECT + "WHERE id IN (:ids)" + (lock ? " FOR UPDATE" : ""))
                  .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                  .query(this::row)
                  .list())
          .forEach(r -> byId.put(r.id(), r));
    }
    return byId;
  }

  @Override
  public Map<UUID, Long> lockRevisions(List<UUID> ids) {
    Map<UUID, Long> revisions = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      jdbc.sql("SELECT id, revision FROM school_record WHERE id IN (:ids) FOR UPDATE")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .query(
              (rs, i) -> {
                revisions.put(rs.getObject(1, UUID.class), rs.getLong(2));
                return null;
              })
          .list();
    }
    return revisions;
  }

  @Override
  public void insertAll(List<SchoolRecord> records) {
    if (!records.isEmpty()) {
      template.batchUpdate(
          INSERT, records.stream().map(this::source).toArray(MapSqlParameterSource[]::new));
    }
  }

  @Override
  public void updateAll(List<SchoolRecord> records) {
    if (!records.isEmpty()) {
      template.batchUpdate(
          UPDATE, records.stream().map(this::source).toArray(MapSqlParameterSource[]::new));
    }
  }

  @Override
  public void updateStates(List<SchoolRecord> records) {
    if (!records.isEmpty()) {
      template.batchUpdate(
          UPDATE_STATE,
          records.stream()
              .map(
                  r ->
                      new MapSqlParameterSource()
                          .addValue("status", r.status().name())
                          .addValue("updatedAt", Timestamp.from(r.updatedAt()))
                          .addValue("revision", r.revision())
                          .addValue("id", r.id()))
              .toArray(MapSqlParameterSource[]::new));
    }
  }

  private MapSqlParameterSource source(SchoolRecord r) {
    return new MapSqlParameterSource(params(r));
  }

  @Override
  public List<SchoolRecord> history(String studentCode) {
    return withSignatures(
        jdbc.sql(SELECT + "WHERE student_code = :s ORDER BY school_year, version")
            .param("s", studentCode)
            .query(this::row)
            .list());
  }

  @Override
  public void insert(SchoolRecord r) {
    jdbc.sql(INSERT).paramSource(params(r)).update();
  }

  @Override
  public void update(SchoolRecord r) {
    jdbc.sql(UPDATE).paramSource(params(r)).update();
    // a reopened record has lost its signatures: the rows go with them
    List<String> kept = r.signatures().stream().map(s -> s.role().name()).toList();
    jdbc.sql(
            "DELETE FROM record_signature WHERE record_id = :id"
                + (kept.isEmpty() ? "" : " AND role NOT IN (:kept)"))
        .param("id", r.id())
        .param("kept", kept.isEmpty() ? List.of("") : kept)
        .update();
  }

  @Override
  public RecordQuery.Page list(RecordQuery.Filter f, int page, int size) {
    String where =
        """
        WHERE school_code = :school AND school_year = :year AND superseded_by IS NULL
          AND import_id IS NULL
          AND (CAST(:classId AS UUID) IS NULL OR class_id = :classId)
          AND (CAST(:status AS TEXT) IS NULL OR status = :status)
          AND (CAST(:grade AS INT) IS NULL OR grade = :grade)
        """;
    Map<String, Object> p = new HashMap<>();
    p.put("school", f.schoolCode());
    p.put("year", f.schoolYear());
    p.put("classId", f.classId());
    p.put("status", f.status() == null ? null : f.status().name());
    p.put("grade", f.grade());
    long total =
        jdbc.sql("SELECT count(*) FROM school_record " + where)
            .params(p)
            .query(Long.class)
            .single();
    p.put("limit", size);
    p.put("offset", (long) page * size);
    List<SchoolRecord> items =
        jdbc.sql(SELECT + where + " ORDER BY class_name, student_code LIMIT :limit OFFSET :offset")
            .params(p)
            .query(this::row)
            .list();
    return new RecordQuery.Page(withSignatures(items), total);
  }

  @Override
  public RecordQuery.Page locked(YearResultsQuery.Filter f, int page, int size) {
    boolean some = f.studentCodes() != null && !f.studentCodes().isEmpty();
    String where =
        "WHERE school_year = :year AND grade = :grade AND status = 'LOCKED'"
            + " AND superseded_by IS NULL AND import_id IS NULL"
            + (f.schoolCode() == null ? "" : " AND school_code = :school")
            + (some ? " AND student_code IN (:codes)" : "");
    Map<String, Object> p = new HashMap<>();
    p.put("year", f.schoolYear());
    p.put("grade", f.grade());
    p.put("school", f.schoolCode());
    p.put("codes", some ? f.studentCodes() : List.of(""));
    long total =
        jdbc.sql("SELECT count(*) FROM school_record " + where)
            .params(p)
            .query(Long.class)
            .single();
    p.put("limit", size);
    p.put("offset", (long) page * size);
    List<SchoolRecord> items =
        jdbc.sql(SELECT + where + " ORDER BY school_code, student_code LIMIT :limit OFFSET :offset")
            .params(p)
            .query(this::row)
            .list();
    return new RecordQuery.Page(withSignatures(items), total);
  }

  private Map<String, Object> params(SchoolRecord r) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", r.id());
    p.put("student", r.studentCode());
    p.put("year", r.schoolYear());
    p.put("version", r.version());
    p.put("school", r.placement().schoolCode());
    p.put("grade", r.placement().grade());
    p.put("classId", r.placement().classId());
    p.put("className", r.placement().className());
    p.put("teacher", r.placement().homeroomTeacher());
    p.put("catalogue", r.catalogueVersion());
    p.put("status", r.status().name());
    p.put("content", documents.contentJson(r.content()));
    p.put("results", r.results() == null ? null : documents.resultsJson(r.results()));
    p.put("identity", r.identity() == null ? null : json.writeValueAsString(r.identity()));
    p.put("previous", r.correction() == null ? null : r.correction().previousVersionId());
    p.put("reason", r.correction() == null ? null : r.correction().reason());
    p.put("decision", r.correction() == null ? null : r.correction().decisionNumber());
    p.put("decisionDate", r.correction() == null ? null : r.correction().decisionDate());
    p.put("supersededBy", r.supersededBy());
    p.put("completionBy", r.completion() == null ? null : r.completion().confirmedBy());
    p.put(
        "completionAt",
        r.completion() == null ? null : Timestamp.from(r.completion().confirmedAt()));
    p.put("createdAt", Timestamp.from(r.createdAt()));
    p.put("updatedAt", Timestamp.from(r.updatedAt()));
    p.put("revision", r.revision());
    ImportOrigin origin = r.imported();
    p.put("importId", origin == null ? null : origin.importId());
    p.put("importedBySchool", origin == null ? null : origin.schoolCode());
    p.put("importedBy", origin == null ? null : origin.importedBy());
    p.put("importedAt", origin == null ? null : Timestamp.from(origin.importedAt()));
    return p;
  }

  private Optional<SchoolRecord> one(Optional<SchoolRecord> record) {
    return record.map(r -> withSignatures(List.of(r)).getFirst());
  }

  private List<SchoolRecord> withSignatures(List<SchoolRecord> records) {
    if (records.isEmpty()) {
      return records;
    }
    Map<UUID, List<RecordSignature>> byRecord = new HashMap<>();
    jdbc.sql("SELECT * FROM record_signature WHERE record_id IN (:ids) ORDER BY signed_at, role")
        .param("ids", records.stream().map(SchoolRecord::id).toList())
        .query(
            (rs, i) -> {
              byRecord
                  .computeIfAbsent(rs.getObject("record_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new RecordSignature(
                          SignerRole.valueOf(rs.getString("role")),
                          SignerRole.valueOf(rs.getString("signer_role")),
                          rs.getString("signer_login"),
                          rs.getString("certificate_fingerprint"),
                          instant(rs, "signed_at"),
                          rs.getString("delegation_decision"),
                          rs.getObject("job_id", UUID.class)));
              return 0;
            })
        .list();
    if (byRecord.isEmpty()) {
      return records;
    }
    return records.stream()
        .map(
            r -> {
              List<RecordSignature> signatures = byRecord.get(r.id());
              return signatures == null
                  ? r
                  : new SchoolRecord(
                      r.id(),
                      r.studentCode(),
                      r.schoolYear(),
                      r.version(),
                      r.placement(),
                      r.catalogueVersion(),
                      r.content(),
                      r.results(),
                      r.status(),
                      r.identity(),
                      r.correction(),
                      r.supersededBy(),
                      r.completion(),
                      signatures,
                      r.createdAt(),
                      r.updatedAt(),
                      r.revision(),
                      r.imported());
            })
        .toList();
  }

  private SchoolRecord row(ResultSet rs, int i) throws SQLException {
    int grade = rs.getInt("grade");
    boolean secondary = SchoolLevel.ofGrade(grade).secondary();
    String results = rs.getString("results");
    String identity = rs.getString("identity");
    UUID previous = rs.getObject("previous_version_id", UUID.class);
    String completionBy = rs.getString("completion_confirmed_by");
    UUID importId = rs.getObject("import_id", UUID.class);
    return new SchoolRecord(
        rs.getObject("id", UUID.class),
        rs.getString("student_code"),
        rs.getString("school_year"),
        rs.getInt("version"),
        new Placement(
            rs.getString("school_code"),
            grade,
            rs.getObject("class_id", UUID.class),
            rs.getString("class_name"),
            rs.getString("homeroom_teacher")),
        rs.getString("catalogue_version"),
        documents.content(rs.getString("content"), secondary),
        results == null ? null : documents.results(results, secondary),
        RecordStatus.valueOf(rs.getString("status")),
        identity == null ? null : json.readValue(identity, IdentitySnapshot.class),
        previous == null
            ? null
            : new Correction(
                previous,
                rs.getString("correction_reason"),
                rs.getString("correction_decision"),
                rs.getObject("correction_decision_date", LocalDate.class)),
        rs.getObject("superseded_by", UUID.class),
        completionBy == null
            ? null
            : new SchoolRecord.CompletionConfirmation(
                completionBy, instant(rs, "completion_confirmed_at")),
        List.of(),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        rs.getLong("revision"),
        importId == null
            ? null
            : new ImportOrigin(
                importId,
                rs.getString("imported_by_school"),
                rs.getString("imported_by"),
                instant(rs, "imported_at")));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
