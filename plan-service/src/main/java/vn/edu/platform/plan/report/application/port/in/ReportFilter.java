package vn.edu.platform.plan.report.application.port.in;

import java.util.UUID;
import vn.edu.platform.plan.report.domain.ReportStatus;

/**
 * Reports to list; null means "any". Without a status, rejected reports (replaced by a new draft)
 * are left out.
 */
public record ReportFilter(
    UUID formId, String periodCode, String unitCode, ReportStatus status, int offset, int limit) {}
