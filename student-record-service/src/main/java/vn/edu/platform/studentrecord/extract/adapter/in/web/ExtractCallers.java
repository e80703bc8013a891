package vn.edu.platform.studentrecord.extract.adapter.in.web;

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
 * The caller as the record feature's {@link Actor}, by the same reading of the token as the record
 * feature's web adapter (whose class an adapter of another feature may not use): department staff
 * count as the department only with a unit of the department, government systems as province
 * readers only with the {@code province-read} client role; and the token's subject, for the log.
 */
@Component
class ExtractCallers {

  private final CurrentCaller callers;
  private final OrgScope scope;

  ExtractCallers(CurrentCaller callers, OrgScope scope) {
    this.callers = callers;
    this.scope = scope;
  }

  /** The caller's capacities and their stable account id. */
  record Identified(Actor actor, String subject) {}

  Identified caller() {
    Caller caller = callers.get();
    return new Identified(actorOf(caller), caller.subject());
  }

  Actor actor() {
    return actorOf(callers.get());
  }

  private Actor actorOf(Caller caller) {
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
