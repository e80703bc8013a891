package vn.edu.platform.studentrecord.student.adapter.in.web;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.security.Roles;
import vn.edu.platform.studentrecord.student.application.port.in.Requester;

/**
 * The caller as the student feature sees it, from the token and the platform's {@link OrgScope}
 * (today's tree): a school's staff read its students, its administrator and principal change them;
 * a commune officer reads the commune's schools'; the department and government systems with {@code
 * province-read} read every school's; sensitive data is the school heads' and the department's; a
 * citizen is known by their login.
 */
@Component
class StudentCallers {

  private static final Set<String> SCHOOL_HEADS = Set.of(Roles.SCHOOL_ADMIN, Roles.PRINCIPAL);
  private static final Set<String> DEPARTMENT_STAFF = Set.of(Roles.DEPT_ADMIN, Roles.DEPT_OFFICER);

  private final CurrentCaller callers;
  private final OrgScope scope;

  StudentCallers(CurrentCaller callers, OrgScope scope) {
    this.callers = callers;
    this.scope = scope;
  }

  /** The current caller as a {@link Requester}. */
  Requester current() {
    return new WebRequester(callers.get());
  }

  /** The school of a school's staff member, the default of their searches. */
  Optional<String> ownSchool() {
    Caller caller = callers.get();
    return caller.hasSchoolRole() ? Optional.ofNullable(caller.orgUnit()) : Optional.empty();
  }

  private final class WebRequester implements Requester {

    private final Caller caller;

    private WebRequester(Caller caller) {
      this.caller = caller;
    }

    @Override
    public boolean reads(String schoolCode) {
      return scope.canRead(schoolCode);
    }

    @Override
    public boolean writes(String schoolCode) {
      return caller.hasAnyRole(SCHOOL_HEADS)
          && schoolCode.equals(caller.orgUnit())
          && scope.canWrite(schoolCode);
    }

    @Override
    public boolean worksAt(String schoolCode) {
      return caller.hasSchoolRole() && schoolCode.equals(caller.orgUnit());
    }

    @Override
    public boolean readsSensitive(String schoolCode) {
      if (caller.hasAnyRole(SCHOOL_HEADS)) {
        return worksAt(schoolCode) && scope.canRead(schoolCode);
      }
      return caller.hasAnyRole(DEPARTMENT_STAFF) && scope.isDepartment();
    }

    @Override
    public boolean provinceWide() {
      return scope.coversProvince(OrgScope.Access.READ);
    }

    @Override
    public Optional<String> citizenLogin() {
      return caller.hasRole(Roles.CITIZEN) && !caller.serviceAccount()
          ? Optional.ofNullable(caller.username())
          : Optional.empty();
    }
  }
}
