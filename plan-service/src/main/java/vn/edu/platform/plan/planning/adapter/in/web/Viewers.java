package vn.edu.platform.plan.planning.adapter.in.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.planning.application.port.in.Viewer;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.web.problem.ApiProblemException;
import vn.edu.platform.starter.web.problem.FieldViolation;

/**
 * The caller as the plan queries see it, from the token and the platform's {@link OrgScope}:
 * department staff see everything (drafts too); a government system with {@code province-read}
 * every issued plan; a commune officer the plans of the commune and its schools; school staff those
 * of their school.
 */
@Component
class Viewers {

  private final CurrentCaller callers;
  private final OrgScope scope;
  private final OrgTreeQuery tree;
  private final Clock clock;

  Viewers(CurrentCaller callers, OrgScope scope, OrgTreeQuery tree, Clock clock) {
    this.callers = callers;
    this.scope = scope;
    this.tree = tree;
    this.clock = clock;
  }

  Viewer current() {
    Caller caller = callers.get();
    if (scope.coversProvince(OrgScope.Access.READ)) {
      boolean department = caller.hasDepartmentRole();
      return new Viewer(true, department, Set.of());
    }
    return new Viewer(false, false, unitsOf(caller.orgUnit(), true));
  }

  /**
   * The units whose work a caller lists as "theirs": {@code unitCode} (the caller's own unit when
   * absent, checked against the caller's read scope otherwise) and, with {@code includeSubunits},
   * the units below it (a commune's schools).
   */
  Set<String> workUnits(String unitCode, boolean includeSubunits) {
    Caller caller = callers.get();
    String unit = unitCode == null ? caller.orgUnit() : unitCode;
    if (unit == null) {
      throw ApiProblemException.invalid(
          List.of(
              FieldViolation.ofPointer(
                  "unitCode", "required", "This caller has no unit: name one")));
    }
    scope.requireRead(unit);
    return unitsOf(unit, includeSubunits);
  }

  /** Refuses callers that do not act for the whole province (plans belong to the department). */
  void requireDepartmentWrite() {
    scope.requireDepartmentWrite();
  }

  /**
   * The assigned unit itself, or the department, may record progress on an assignment: a commune
   * officer may read its schools' work but not report in their place.
   *
   * @return whether the department records it
   */
  boolean requireProgressWriter(String unitCode) {
    scope.requireWrite(unitCode);
    if (scope.coversProvince(OrgScope.Access.WRITE)) {
      return callers.get().hasDepartmentRole();
    }
    if (!unitCode.equals(callers.get().orgUnit())) {
      throw new AccessDenied(unitCode);
    }
    return false;
  }

  LocalDate today() {
    return PlatformTime.today(clock);
  }

  private Set<String> unitsOf(String unit, boolean withSubunits) {
    if (unit == null) {
      return Set.of();
    }
    Set<String> units = new LinkedHashSet<>();
    units.add(unit);
    if (withSubunits) {
      units.addAll(tree.asOf(today()).subtreeOf(unit));
    }
    return units;
  }
}
