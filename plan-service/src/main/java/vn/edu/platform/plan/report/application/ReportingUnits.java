package vn.edu.platform.plan.report.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.Kind;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView.SchoolLevel;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.AssignmentView;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.EducationLevel;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TargetLevel;
import vn.edu.platform.plan.planning.application.port.in.PublishedPlans.TargetView;
import vn.edu.platform.plan.report.domain.ApprovalRoute;
import vn.edu.platform.plan.report.domain.ReportingPeriod;

/**
 * Who must report, and who approves, along the organisation tree.
 *
 * <p><b>Expected units</b> of a period are read on the tree of the period's <em>last day</em>, the
 * tree the period's data aggregates along: the form's named units, else the task's assigned units
 * (not cancelled) or the target's scope (named units, or every commune or school of the education
 * level). A named unit that no longer exists that day is replaced by its successors (a merged
 * commune by the commune it merged into), and one that does not exist yet is not expected. The
 * department itself never reports here: it consolidates and reports to the Ministry.
 *
 * <p><b>Approval routes</b> are read on <em>today's</em> tree (see {@link ApprovalRoute}).
 */
@Component
class ReportingUnits {

  private static final int MAX_SUCCESSIONS = 8;

  private final OrgTreeQuery tree;

  ReportingUnits(OrgTreeQuery tree) {
    this.tree = tree;
  }

  /** The units that must report on the form for the period, in code order. */
  List<String> expected(FormContext context, ReportingPeriod period) {
    OrgTreeView day = tree.asOf(period.end());
    Set<String> units = new TreeSet<>();
    List<String> named = namedUnits(context);
    if (named != null) {
      named.forEach(code -> resolve(code, day, units, 0));
    } else {
      TargetView target = context.target();
      Set<SchoolLevel> levels = schoolLevels(target.educationLevel());
      for (OrgUnitView unit : day.units()) {
        boolean selected =
            target.level() == TargetLevel.COMMUNE
                ? unit.is(Kind.COMMUNE)
                : unit.is(Kind.SCHOOL) && levels.contains(unit.schoolLevel());
        if (selected) {
          units.add(unit.code());
        }
      }
    }
    units.removeIf(code -> day.unit(code).map(u -> u.is(Kind.DEPARTMENT)).orElse(true));
    return List.copyOf(units);
  }

  /** Who approves the unit's reports, on {@code today}'s tree. */
  ApprovalRoute routeOf(String unitCode, LocalDate today) {
    OrgTreeView day = tree.asOf(today);
    Optional<OrgUnitView> unit = day.unit(unitCode);
    if (unit.isPresent() && unit.get().is(Kind.SCHOOL)) {
      Optional<String> parent = day.parentOf(unitCode);
      if (parent.flatMap(day::unit).map(p -> p.is(Kind.COMMUNE)).orElse(false)) {
        return ApprovalRoute.throughCommune(parent.get());
      }
    }
    return ApprovalRoute.departmentOnly();
  }

  /** The department's code (the root of {@code day}'s tree). */
  String departmentCode(LocalDate day) {
    return tree.asOf(day).roots().stream()
        .filter(u -> u.is(Kind.DEPARTMENT))
        .map(OrgUnitView::code)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no department in the tree of " + day));
  }

  OrgTreeView treeOn(LocalDate day) {
    return tree.asOf(day);
  }

  /** Whether a code names a unit that ever existed. */
  Optional<OrgUnitView> find(String code) {
    return tree.find(code);
  }

  /** The commune a unit counts under on a day: itself, its nearest commune above, or none. */
  static String communeOf(OrgTreeView day, String code) {
    if (day.unit(code).map(u -> u.is(Kind.COMMUNE)).orElse(false)) {
      return code;
    }
    for (String ancestor : day.ancestorsOf(code)) {
      if (day.unit(ancestor).map(u -> u.is(Kind.COMMUNE)).orElse(false)) {
        return ancestor;
      }
    }
    return null;
  }

  /** The form's named units, or null when its target's scope selects a whole level of units. */
  private static List<String> namedUnits(FormContext context) {
    if (!context.form().unitCodes().isEmpty()) {
      return context.form().unitCodes();
    }
    if (context.task() != null) {
      if (context.task().cancelled()) {
        return List.of();
      }
      return context.assignments().stream()
          .filter(a -> !a.cancelled())
          .map(AssignmentView::unitCode)
          .toList();
    }
    TargetView target = context.target();
    if (!target.unitCodes().isEmpty()) {
      return target.unitCodes();
    }
    return target.level() == TargetLevel.PROVINCE ? List.of() : null;
  }

  private void resolve(String code, OrgTreeView day, Set<String> into, int depth) {
    if (day.unit(code).isPresent()) {
      into.add(code);
      return;
    }
    if (depth >= MAX_SUCCESSIONS) {
      return;
    }
    tree.find(code)
        .filter(u -> u.validTo() != null && u.validTo().isBefore(day.date()))
        .ifPresent(u -> u.successorCodes().forEach(s -> resolve(s, day, into, depth + 1)));
  }

  /** The school levels that teach an education level; every level when none is named. */
  private static Set<SchoolLevel> schoolLevels(EducationLevel level) {
    if (level == null) {
      return EnumSet.allOf(SchoolLevel.class);
    }
    return switch (level) {
      case PRESCHOOL -> EnumSet.of(SchoolLevel.PRESCHOOL);
      case PRIMARY -> EnumSet.of(SchoolLevel.PRIMARY, SchoolLevel.MULTI_LEVEL);
      case LOWER_SECONDARY -> EnumSet.of(SchoolLevel.LOWER_SECONDARY, SchoolLevel.MULTI_LEVEL);
      case UPPER_SECONDARY -> EnumSet.of(SchoolLevel.UPPER_SECONDARY, SchoolLevel.MULTI_LEVEL);
      case CONTINUING_EDUCATION -> EnumSet.of(SchoolLevel.CONTINUING_EDUCATION);
    };
  }
}
