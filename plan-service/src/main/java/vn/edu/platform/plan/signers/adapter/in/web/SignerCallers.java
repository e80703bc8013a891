package vn.edu.platform.plan.signers.adapter.in.web;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.signers.application.port.in.RegisterReader;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.OrgScope;

/**
 * The caller as the register sees it, from the token and the platform's {@link OrgScope} (today's
 * tree): department staff manage the whole register and read all of it; a school reads its own
 * signers only, a commune officer the commune's schools'; the check asks for a unit the caller
 * reads.
 */
@Component
class SignerCallers {

  private final CurrentCaller callers;
  private final OrgScope scope;
  private final OrgTreeQuery tree;
  private final Clock clock;

  SignerCallers(CurrentCaller callers, OrgScope scope, OrgTreeQuery tree, Clock clock) {
    this.callers = callers;
    this.scope = scope;
    this.tree = tree;
    this.clock = clock;
  }

  /** Who reads: the whole province, or the caller's unit and the units below it today. */
  RegisterReader reader() {
    if (scope.coversProvince(OrgScope.Access.READ)) {
      return RegisterReader.province();
    }
    String own = callers.get().orgUnit();
    if (own == null) {
      return new RegisterReader(false, Set.of());
    }
    Set<String> units = new LinkedHashSet<>();
    units.add(own);
    units.addAll(tree.asOf(PlatformTime.today(clock)).subtreeOf(own));
    return new RegisterReader(false, units);
  }

  /**
   * Refuses callers that read no unit at all (403 {@code forbidden-org-unit}, naming the
   * department, whose province they may not read).
   */
  void requireSomeUnitRead() {
    RegisterReader reader = reader();
    if (!reader.provinceWide() && reader.unitCodes().isEmpty()) {
      throw new AccessDenied(scope.departmentUnitCode());
    }
  }

  /** Refuses callers that do not act for the department (403 {@code forbidden-org-unit}). */
  void requireDepartment() {
    scope.requireDepartmentWrite();
  }

  /** Refuses callers that may not read {@code unitCode}'s data (403 {@code forbidden-org-unit}). */
  void requireRead(String unitCode) {
    scope.requireRead(unitCode);
  }
}
