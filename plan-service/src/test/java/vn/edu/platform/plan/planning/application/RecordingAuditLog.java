package vn.edu.platform.plan.planning.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.edu.platform.kernel.AuditLog;

/** Keeps the audit entries as {@code "<action> <type> <unit>: <purpose>"}, in order. */
final class RecordingAuditLog implements AuditLog {

  final List<String> entries = new ArrayList<>();

  @Override
  public void record(
      Action action, String subjectType, String subjectId, String unitCode, String purpose) {
    entries.add(
        action.name().toLowerCase(Locale.ROOT)
            + " "
            + subjectType
            + " "
            + unitCode
            + ": "
            + purpose);
  }
}
