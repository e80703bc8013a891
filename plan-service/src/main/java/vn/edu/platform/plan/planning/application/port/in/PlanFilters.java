package vn.edu.platform.plan.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.edu.platform.plan.planning.domain.PlanStatus;
import vn.edu.platform.plan.planning.domain.ProgressStatus;

/** Filters of the list queries; null means "any". */
public final class PlanFilters {

  private PlanFilters() {}

  /**
   * Plans to list.
   *
   * @param year plans dated in this year
   * @param unitCode plans that involve this unit
   * @param text words of the title or number, with or without diacritics
   */
  public record PlanFilter(
      PlanStatus status,
      Integer year,
      String issuingUnitCode,
      String unitCode,
      String text,
      int offset,
      int limit) {}

  /**
   * Assignments of some units.
   *
   * @param withSubunits also those of the units below them on the current tree (a commune's
   *     schools)
   * @param statuses statuses as of {@code today}; empty means every status but cancelled
   * @param dueFrom due on or after (recurring tasks, which have no due date, are left out)
   * @param dueTo due on or before (idem)
   */
  public record DueFilter(
      Set<String> unitCodes,
      boolean withSubunits,
      List<ProgressStatus> statuses,
      LocalDate dueFrom,
      LocalDate dueTo,
      UUID planId,
      LocalDate today,
      int offset,
      int limit) {
    public DueFilter {
      unitCodes = Set.copyOf(unitCodes);
      statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
  }
}
