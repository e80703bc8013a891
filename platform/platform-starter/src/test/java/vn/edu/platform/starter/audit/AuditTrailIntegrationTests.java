package vn.edu.platform.starter.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.postgres.EmbeddedPostgresServer;
import vn.edu.platform.test.security.Personas;

/** Who read or changed which record: recorded, queryable by the department, tamper-evident. */
class AuditTrailIntegrationTests extends StarterIntegrationTest {

  @Autowired AuditTrail trail;

  private String createAndReadNote() {
    Reply created =
        http.post("/api/v1/test/notes")
            .token(Personas.schoolAdmin(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(Map.of("unitCode", SCHOOL_A_PRIMARY, "text", "hồ sơ"))
            .send();
    String id = created.json().get("id").asString();
    http.get("/api/v1/test/notes/" + id).token(Personas.teacher(SCHOOL_A_PRIMARY)).send();
    return id;
  }

  @Test
  void recordsChangesAndReadsForTheDepartmentToQuery() {
    String noteId = createAndReadNote();

    Reply reply =
        http.get("/api/v1/test/audit-events?resourceType=note&resourceId=" + noteId)
            .token(Personas.departmentAdmin())
            .send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().findValuesAsString("action")).containsExactly("READ", "CREATE");
    assertThat(reply.json().findValuesAsString("purpose")).containsOnly("test-fixture");
    assertThat(reply.json().findValuesAsString("orgUnit")).containsOnly(SCHOOL_A_PRIMARY);
  }

  @Test
  void aBulkOfEntriesIsChainedInOrderAfterTheLastEntry() {
    createAndReadNote();
    String batch = UUID.randomUUID().toString();
    java.util.List<AuditTrail.Draft> drafts = new java.util.ArrayList<>();
    for (int i = 0; i < 1_203; i++) {
      drafts.add(
          new AuditTrail.Draft(
              AuditAction.UPDATE,
              "bulk-" + batch,
              Integer.toString(i),
              SCHOOL_A_PRIMARY,
              "bulk test"));
    }

    trail.recordAll(drafts);

    java.util.List<String> ids =
        jdbc.sql(
                "SELECT resource_id FROM platform.audit_event WHERE resource_type = :t ORDER BY seq")
            .param("t", "bulk-" + batch)
            .query(String.class)
            .list();
    assertThat(ids).hasSize(1_203).startsWith("0", "1", "2").endsWith("1202");
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void aBackgroundThreadsEntriesNameThePersonItWorksForThenTheSystemAgain() {
    String type = "job-" + UUID.randomUUID();
    try (AuditTrail.Scope uploader = AuditTrail.actingFor("uploader-subject", SCHOOL_A_PRIMARY)) {
      trail.record(AuditAction.CREATE, type, "1", SCHOOL_A_PRIMARY, "import row");
      trail.recordAll(
          java.util.List.of(
              new AuditTrail.Draft(AuditAction.UPDATE, type, "2", SCHOOL_A_PRIMARY, "import row")));
    }
    trail.record(AuditAction.UPDATE, type, "3", SCHOOL_A_PRIMARY, "housekeeping");

    assertThat(
            jdbc.sql(
                    "SELECT resource_id || ' ' || actor_subject || ' '"
                        + " || coalesce(actor_org_unit, '-') FROM platform.audit_event"
                        + " WHERE resource_type = :t ORDER BY seq")
                .param("t", type)
                .query(String.class)
                .list())
        .containsExactly(
            "1 uploader-subject " + SCHOOL_A_PRIMARY,
            "2 uploader-subject " + SCHOOL_A_PRIMARY,
            "3 system -");
  }

  @Test
  void keepsTheTrailFromSchools() {
    Reply reply =
        http.get("/api/v1/test/audit-events").token(Personas.schoolAdmin(SCHOOL_A_PRIMARY)).send();

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void refusesUpdatesAndDeletesOfTheTrail() {
    createAndReadNote();

    assertThatThrownBy(
            () -> jdbc.sql("UPDATE platform.audit_event SET purpose = 'covered up'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform.audit_event").update())
        .hasMessageContaining("append-only");
  }

  @Test
  @DirtiesContext // leaves a deliberately broken chain behind
  void detectsTamperingBySomeoneWhoBypassedTheTrigger() {
    createAndReadNote();
    createAndReadNote();
    assertThat(trail.verify().intact()).isTrue();
    assertThat(
            http.get("/api/v1/test/audit-events/verification")
                .token(Personas.departmentAdmin())
                .send()
                .json()
                .get("intact")
                .asBoolean())
        .isTrue();
    long victim =
        jdbc.sql("SELECT min(seq) + 1 FROM platform.audit_event").query(Long.class).single();

    // A superuser disables the guard and rewrites history.
    jdbc.sql("ALTER TABLE platform.audit_event DISABLE TRIGGER audit_event_no_update_or_delete")
        .update();
    jdbc.sql("UPDATE platform.audit_event SET purpose = 'nothing to see' WHERE seq = :seq")
        .param("seq", victim)
        .update();

    ChainVerification result = trail.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(victim);
    assertThat(result.reason()).isEqualTo("content-changed");
    assertThat(EmbeddedPostgresServer.get()).isNotNull();
  }
}
