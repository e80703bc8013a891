package vn.edu.platform.starter.imports.spi;

import java.util.List;
import java.util.Set;

/**
 * One import type a service accepts (e.g. {@code org-units} in plan-service), registered as a
 * Spring bean.
 *
 * <p>The framework calls {@link #parse} once per non-blank data row, in file order, outside any
 * transaction, and {@link #apply} once per chunk of valid rows inside the chunk's transaction, the
 * same transaction that records the chunk's row errors and advances the job's checkpoint. That is
 * what makes an import resumable without applying a row twice: after a crash the transaction of the
 * unfinished chunk is rolled back as a whole and the job restarts after the last committed
 * checkpoint. Hence the contract for {@code apply}:
 *
 * <ul>
 *   <li>write only through the service's own {@code DataSource} (JDBC, JPA, the outbox): a side
 *       effect outside the transaction, such as a direct HTTP call, could happen twice;
 *   <li>treat rows independently: {@code apply(rows)} must have the same effect as applying each
 *       row on its own in order, because when the store rejects a chunk the framework bisects it
 *       (each part in its own savepoint) to reject only the offending rows;
 *   <li>signal a row the store refuses with the database's constraint (a {@code
 *       DataIntegrityViolationException}) or with {@link ImportRowRejectedException}; any other
 *       exception is not a row problem: the job is retried (transient database errors) or failed.
 * </ul>
 *
 * @param <R> the value one valid row becomes
 */
public interface ImportDefinition<R> {

  /** Stable kebab-case name used in URLs and stored with each job, e.g. {@code org-units}. */
  String type();

  /** Human-readable name for the list of import types, e.g. {@code Danh mục đơn vị}. */
  default String title() {
    return type();
  }

  /**
   * The file's columns in template order. Headers are matched ignoring case, diacritics and
   * surrounding or repeated whitespace, and a column may also be given by its key; a file with an
   * unknown, duplicated or missing required header is rejected at upload, before any row is read.
   */
  List<ImportColumn> columns();

  /**
   * Validates one row completely (every cell, so the report lists all of a row's problems at once)
   * and returns the value to apply or the row's violations. Must not touch the database: it runs
   * outside the transaction and is repeated for rows after the checkpoint when a job resumes.
   */
  RowOutcome<R> parse(ImportRow row);

  /**
   * Applies valid rows, in file order, inside the caller's transaction (see the class comment for
   * the contract).
   */
  void apply(List<R> validRows, ImportContext context);

  /**
   * Realm roles allowed to upload this type (e.g. {@code school-admin}, {@code dept-officer}). A
   * job is then visible to its submitter's organisation unit and to the department roles.
   */
  Set<String> allowedRoles();
}
