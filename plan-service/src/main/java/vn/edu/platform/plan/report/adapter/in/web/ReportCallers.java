package vn.edu.platform.plan.report.adapter.in.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.Kind;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.plan.report.application.port.in.ReportCommands;
import vn.edu.platform.plan.report.domain.ApprovalLevel;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.security.Roles;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * The caller as the reports see it, from the token and the platform's {@link OrgScope} (today's
 * tree):
 *
 * <ul>
 *   <li>a unit writes and submits its <em>own</em> reports only — school staff their school's, a
 *       commune officer the commune's; department staff write for the department's divisions;
 *   <li>a commune officer approves at the commune level, department staff at the department level;
 *   <li>readers see the reports of their units (a commune officer: the commune and its schools),
 *       department staff and province-wide systems every report.
 * </ul>
 */
@Component
class ReportCallers {

  private static final Set<String> DEPARTMENT_STAFF = Set.of(Roles.DEPT_ADMIN, Roles.DEPT_OFFICER);

  private final CurrentCaller callers;
  private final OrgScope scope;
  private final OrgTreeQuery tree;
  private final Clock clock;

  ReportCallers(CurrentCaller callers, OrgScope scope, OrgTreeQuery tree, Clock clock) {
    this.callers = callers;
    this.scope = scope;
    this.tree = tree;
    this.clock = clock;
  }

  /** Who reads: province-wide, or the caller's unit and the units below it today. */
  Viewer viewer() {
    Caller caller = callers.get();
    if (scope.coversProvince(OrgScope.Access.READ)) {
      return new Viewer(true, caller.hasDepartmentRole(), Set.of());
    }
    String own = caller.orgUnit();
    if (own == null) {
      return new Viewer(false, false, Set.of());
    }
    Set<String> units = new LinkedHashSet<>();
    units.add(own);
    units.addAll(tree.asOf(today()).subtreeOf(own));
    return new Viewer(false, false, units);
  }

  /**
   * The unit whose report the caller writes: {@code unitCode} or, when absent, the caller's own. A
   * unit reports for itself only; department staff also for the department's divisions.
   */
  String reportingUnit(String unitCode) {
    Caller caller = callers.get();
    String unit = unitCode == null || unitCode.isBlank() ? caller.orgUnit() : unitCode.strip();
    if (unit == null) {
      throw ApiProblemException.invalid(
          List.of(
              FieldViolation.ofPointer(
                  "unitCode", "required", "This caller has no unit: name one")));
    }
    if (unit.equals(caller.orgUnit()) && scope.canWrite(unit)) {
      return unit;
    }
    boolean division = tree.asOf(today()).unit(unit).map(u -> u.is(Kind.DIVISION)).orElse(false);
    if (division
        && caller.hasAnyRole(DEPARTMENT_STAFF)
        && scope.coversProvince(OrgScope.Access.WRITE)) {
      return unit;
    }
    throw new AccessDenied(unit);
  }

  /** The approver the caller acts as: the department, or the commune of a commune officer. */
  ReportCommands.Approver approver() {
    Caller caller = callers.get();
    if (caller.hasAnyRole(DEPARTMENT_STAFF) && scope.coversProvince(OrgScope.Access.WRITE)) {
      return new ReportCommands.Approver(ApprovalLevel.DEPARTMENT, scope.departmentUnitCode());
    }
    if (caller.hasRole(Roles.COMMUNE_OFFICER) && caller.orgUnit() != null) {
      return new ReportCommands.Approver(ApprovalLevel.COMMUNE, caller.orgUnit());
    }
    throw new AccessDenied(String.valueOf(caller.orgUnit()));
  }

  /** Refuses callers that do not act for the whole province. */
  void requireDepartment() {
    scope.requireDepartmentWrite();
  }

  void requireRead(String unitCode) {
    scope.requireRead(unitCode);
  }

  /** The caller's own unit, null for a system. */
  String ownUnit() {
    return callers.get().orgUnit();
  }

  String departmentCode() {
    return scope.departmentUnitCode();
  }

  LocalDate today() {
    return PlatformTime.today(clock);
  }
}
