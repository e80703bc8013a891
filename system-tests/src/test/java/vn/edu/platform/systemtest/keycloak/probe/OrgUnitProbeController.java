package vn.edu.platform.systemtest.keycloak.probe;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;

/** Answers a teacher with the unit and user name the starter read from the token. */
@RestController
class OrgUnitProbeController {

  private final CurrentCaller currentCaller;

  OrgUnitProbeController(CurrentCaller currentCaller) {
    this.currentCaller = currentCaller;
  }

  @GetMapping("/api/v1/probe/my-unit")
  @PreAuthorize("hasRole('teacher')")
  Map<String, Object> myUnit() {
    Caller caller = currentCaller.get();
    return Map.of(
        "orgUnit", caller.orgUnit(),
        "clientId", caller.clientId(),
        "serviceAccount", caller.serviceAccount());
  }
}
