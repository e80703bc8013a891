package vn.edu.platform.starter.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.edu.platform.starter.imports.job.ImportWorker;
import vn.edu.platform.starter.testapp.imports.DemoLedgerImport;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.security.Personas;

/**
 * A worker killed in the middle of a job (the demo definition throws an {@link Error} inside the
 * third chunk's transaction, as a dying JVM would stop) leaves the job RUNNING with the checkpoint
 * of the last committed chunk; once its lease expires any worker resumes it, and every row ends up
 * applied exactly once.
 */
class ImportResumeIntegrationTests extends ImportIntegrationSupport {

  private static final int ROWS = 2_500;
  private static final int INVALID_ENTRY = 2_100;

  @Autowired DemoLedgerImport ledger;
  @Autowired ImportWorker worker;

  @AfterEach
  void disarm() {
    ledger.disarm();
  }

  @Test
  void aJobKilledMidwayResumesAfterItsLeaseExpiresAndAppliesEveryRowExactlyOnce() {
    String admin = Personas.departmentAdmin();
    String salt = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder text = new StringBuilder("Mã dòng,Nội dung\n");
    for (int i = 1; i <= ROWS; i++) {
      text.append(i == INVALID_ENTRY ? "không phải số" : String.valueOf(i))
          .append(",Dòng ")
          .append(i)
          .append(' ')
          .append(salt)
          .append('\n');
    }
    int crashesBefore = ledger.crashes();
    ledger.crashAfterChunks(2);

    UUID id = idOf(upload(DemoLedgerImport.TYPE, admin, "so-cai.csv", csv(text.toString())));

    Await.until(
        "the worker to die in chunk 3",
        Duration.ofSeconds(60),
        () -> ledger.crashes() > crashesBefore);
    Map<String, Object> killed = jobRow(id);
    assertThat(killed)
        .containsEntry("status", "RUNNING")
        .containsEntry("checkpoint_row", 2_001L)
        .containsEntry("rows_read", 2_000L)
        .containsEntry("attempts", 1);
    assertThat(ledgerRows(id)).isEqualTo(2_000);

    jdbc.sql(
            "UPDATE platform.import_job SET lease_until = now() - interval '1 second' WHERE id = ?")
        .param(id)
        .update();
    worker.wakeUp();
    JsonNode job = awaitFinished(id, admin);

    assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(job.get("rowsRead").asLong()).isEqualTo(ROWS);
    assertThat(job.get("rowsAccepted").asLong()).isEqualTo(ROWS - 1);
    assertThat(job.get("rowsRejected").asLong()).isEqualTo(1);
    assertThat(jobRow(id)).containsEntry("attempts", 2);
    assertThat(ledgerRows(id)).isEqualTo(ROWS - 1);
    assertThat(
            jdbc.sql("SELECT count(DISTINCT entry_id) FROM import_demo_ledger WHERE job_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(ROWS - 1);
    JsonNode errors = http.get(BASE + "/import-jobs/" + id + "/errors").token(admin).send().json();
    assertThat(errors.get("totalItems").asLong()).isEqualTo(1);
    assertThat(errors.get("items").get(0).get("row").asLong()).isEqualTo(INVALID_ENTRY + 1);
    assertThat(errors.get("items").get(0).get("code").asString()).isEqualTo("invalid-number");
  }

  private Map<String, Object> jobRow(UUID id) {
    return jdbc.sql(
            "SELECT status, checkpoint_row, rows_read, attempts FROM platform.import_job WHERE id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  private long ledgerRows(UUID id) {
    return jdbc.sql("SELECT count(*) FROM import_demo_ledger WHERE job_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }
}
