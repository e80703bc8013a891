package vn.edu.platform.plan.signers.adapter.in.web;

import org.springframework.stereotype.Component;
import vn.edu.platform.starter.security.ScopeCheckBeforeBinding;

/**
 * Refuses a {@link UnitReadersOnly} handler's caller who reads no unit before Spring MVC binds and
 * validates the body, as the starter's role check does for roles: such a caller gets 403 {@code
 * forbidden-org-unit} whatever it sends, never a 400 describing the body it may not send.
 */
@Component
class UnitReadersBeforeBinding extends ScopeCheckBeforeBinding {

  private final SignerCallers callers;

  UnitReadersBeforeBinding(SignerCallers callers) {
    super(UnitReadersOnly.class);
    this.callers = callers;
  }

  @Override
  protected void check(PathVariables path) {
    callers.requireSomeUnitRead();
  }
}
