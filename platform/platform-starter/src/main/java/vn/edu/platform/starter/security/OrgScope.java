package vn.edu.platform.starter.security;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import vn.edu.platform.starter.config.PlatformTime;
import vn.edu.platform.starter.org.OrgTree;
import vn.edu.platform.starter.web.problem.ApiProblemException;

/**
 * Answers "may the current caller read / write data of unit X?" along the organisation tree.
 *
 * <ul>
 *   <li>Department staff ({@link Roles#DEPARTMENT}) whose {@code org_unit} is the department or one
 *       of its divisions: every unit of the province.
 *   <li>Commune officers: their commune and the units below it (its schools).
 *   <li>School staff ({@link Roles#SCHOOL}): their own school only.
 *   <li>Government systems (client credentials): every unit when granted the client role {@link
 *       Roles#PROVINCE_READ} / {@link Roles#PROVINCE_WRITE}; otherwise nothing.
 *   <li>Anyone else (citizens, verifiers, anonymous): no unit at all; their use cases check their
 *       own rights.
 * </ul>
 *
 * Roles still decide <em>what</em> a caller may do; the scope decides <em>where</em>. Denials are
 * logged with the caller's subject id and the unit codes only (no personal data) and answered with
 * a 403 problem.
 */
public class OrgScope {

  public static final String DENIED_CODE = "forbidden-org-unit";
  private static final Logger log = LoggerFactory.getLogger(OrgScope.class);

  private final CurrentCaller currentCaller;
  private final OrgTree tree;
  private final String departmentUnitCode;
  private final Clock clock;

  public OrgScope(
      CurrentCaller currentCaller, OrgTree tree, String departmentUnitCode, Clock clock) {
    this.currentCaller = currentCaller;
    this.tree = tree;
    this.departmentUnitCode = departmentUnitCode;
    this.clock = clock;
  }

  public boolean canRead(String unitCode) {
    return currentCaller.find().map(c -> allows(c, unitCode, Access.READ)).orElse(false);
  }

  public boolean canWrite(String unitCode) {
    return currentCaller.find().map(c -> allows(c, unitCode, Access.WRITE)).orElse(false);
  }

  /** Whether the caller acts on the whole province (department staff or an entitled system). */
  public boolean coversProvince(Access access) {
    return currentCaller.find().map(c -> isProvinceWide(c, access)).orElse(false);
  }

  /** The department's unit code ({@code platform.security.department-unit-code}). */
  public String departmentUnitCode() {
    return departmentUnitCode;
  }

  /**
   * Whether the caller acts for the department: a department role and an {@code org_unit} that is
   * the department or one of its divisions (a government system is not the department).
   */
  public boolean isDepartment() {
    return currentCaller.find().map(this::isDepartmentStaff).orElse(false);
  }

  /** Refuses (403 {@code forbidden-org-unit}) callers that may not write for the department. */
  public void requireDepartmentWrite() {
    requireWrite(departmentUnitCode);
  }

  public void requireRead(String unitCode) {
    require(unitCode, Access.READ);
  }

  public void requireWrite(String unitCode) {
    require(unitCode, Access.WRITE);
  }

  private void require(String unitCode, Access access) {
    Caller caller = currentCaller.find().orElse(null);
    if (caller == null || !allows(caller, unitCode, access)) {
      log.warn(
          "Access denied by organisation scope: subject={} client={} callerUnit={} targetUnit={}"
              + " access={}",
          caller == null ? "anonymous" : caller.subject(),
          caller == null ? null : caller.clientId(),
          caller == null ? null : caller.orgUnit(),
          unitCode,
          access);
      throw new ApiProblemException(HttpStatus.FORBIDDEN, DENIED_CODE, unitCode);
    }
  }

  boolean allows(Caller caller, String unitCode, Access access) {
    if (unitCode == null || unitCode.isBlank()) {
      return false;
    }
    if (isProvinceWide(caller, access)) {
      return true;
    }
    String own = caller.orgUnit();
    if (own == null) {
      return false;
    }
    LocalDate today = PlatformTime.today(clock);
    if (caller.hasRole(Roles.COMMUNE_OFFICER)) {
      return tree.isWithin(unitCode, own, today);
    }
    if (caller.hasAnyRole(Roles.SCHOOL)) {
      return own.equals(unitCode) && tree.find(unitCode, today).isPresent();
    }
    return false;
  }

  private boolean isProvinceWide(Caller caller, Access access) {
    if (caller.isGovernmentSystem()) {
      return caller.clientRoles().contains(Roles.PROVINCE_WRITE)
          || (access == Access.READ && caller.clientRoles().contains(Roles.PROVINCE_READ));
    }
    return isDepartmentStaff(caller);
  }

  private boolean isDepartmentStaff(Caller caller) {
    return caller.hasDepartmentRole()
        && caller.orgUnit() != null
        && tree.isWithin(caller.orgUnit(), departmentUnitCode, PlatformTime.today(clock));
  }

  /** What the caller wants to do with a unit's data. */
  public enum Access {
    READ,
    WRITE
  }
}
