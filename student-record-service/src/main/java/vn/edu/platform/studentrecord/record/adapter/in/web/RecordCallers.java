package vn.edu.platform.studentrecord.record.adapter.in.web;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.security.Roles;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.Actor.Capacity;

/**
 * The caller as the record's use cases see it ({@link Actor}), from the validated token and the
 * platform's {@link OrgScope}: department staff count as the department only with a unit of the
 * department, government systems as province readers only with the {@code province-read} client
 * role.
 */
@Component
class RecordCallers {

  private final CurrentCaller callers;
  private final OrgScope scope;

  RecordCallers(CurrentCaller callers, OrgScope scope) {
    this.callers = callers;
    this.scope = scope;
  }

  Actor actor() {
    Caller caller = callers.get();
    Set<Capacity> capacities = EnumSet.noneOf(Capacity.class);
    if (caller.hasRole(Roles.TEACHER)) {
      capacities.add(Capacity.TEACHER);
    }
    if (caller.hasRole(Roles.PRINCIPAL)) {
      capacities.add(Capacity.PRINCIPAL);
    }
    if (caller.hasRole(Roles.SCHOOL_ADMIN)) {
      capacities.add(Capacity.SCHOOL_ADMIN);
    }
    if (caller.hasRole(Roles.COMMUNE_OFFICER)) {
      capacities.add(Capacity.COMMUNE_OFFICER);
    }
    if (scope.isDepartment()) {
      capacities.add(Capacity.DEPARTMENT);
    }
    if (caller.isGovernmentSystem() && scope.coversProvince(OrgScope.Access.READ)) {
      capacities.add(Capacity.GOVERNMENT_READER);
    }
    if (caller.hasRole(Roles.CITIZEN)) {
      capacities.add(Capacity.CITIZEN);
    }
    return new Actor(caller.username(), capacities, caller.orgUnit());
  }
}
