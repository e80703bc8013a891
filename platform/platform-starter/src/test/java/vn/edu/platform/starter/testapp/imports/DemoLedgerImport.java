package vn.edu.platform.starter.testapp.imports;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.spi.ImportRow;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.starter.imports.spi.RowOutcome;

/**
 * Appends entries to a table without unique key, so that a row applied twice would show. A test can
 * arm it to die like a killed JVM in the middle of a job: after {@code n} chunks have been applied,
 * the next {@code apply} throws {@link SimulatedCrash}, an {@link Error} the framework does not
 * treat as a row or job failure.
 */
@Component
public class DemoLedgerImport implements ImportDefinition<DemoLedgerImport.Entry> {

  public static final String TYPE = "demo-ledger";

  private final JdbcTemplate jdbc;
  private final AtomicInteger appliesBeforeCrash = new AtomicInteger(-1);
  private final AtomicInteger crashes = new AtomicInteger();

  public DemoLedgerImport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One valid row. */
  public record Entry(long id, String text) {}

  /** Thrown to simulate the worker's JVM dying mid-chunk. */
  public static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash of the import worker", null, false, false);
    }
  }

  /** The next job dies at its ({@code chunks}+1)-th apply. */
  public void crashAfterChunks(int chunks) {
    appliesBeforeCrash.set(chunks);
  }

  public void disarm() {
    appliesBeforeCrash.set(-1);
  }

  public int crashes() {
    return crashes.get();
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<ImportColumn> columns() {
    return List.of(
        ImportColumn.required("entryId", "Mã dòng", "Số thứ tự duy nhất", "1"),
        ImportColumn.required("text", "Nội dung", "Nội dung bất kỳ", "Ghi chú"));
  }

  @Override
  public RowOutcome<Entry> parse(ImportRow row) {
    RowChecks check = row.check();
    Long id = check.integer("entryId", true, 1, Long.MAX_VALUE);
    String text = check.text("text", true, 500);
    return check.outcome(() -> new Entry(id, text));
  }

  @Override
  public void apply(List<Entry> validRows, ImportContext context) {
    jdbc.batchUpdate(
        "INSERT INTO import_demo_ledger (job_id, entry_id, text) VALUES (?, ?, ?)",
        validRows,
        validRows.size(),
        (ps, entry) -> {
          ps.setObject(1, context.jobId());
          ps.setLong(2, entry.id());
          ps.setString(3, entry.text());
        });
    // after the insert: the crash must roll back a chunk that was really written
    if (appliesBeforeCrash.getAndDecrement() == 0) {
      crashes.incrementAndGet();
      throw new SimulatedCrash();
    }
  }

  @Override
  public Set<String> allowedRoles() {
    return Set.of("school-admin", "dept-admin");
  }
}
