package vn.edu.platform.plan.signers.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.edu.platform.plan.orgunit.application.port.in.OrgTreeQuery;
import vn.edu.platform.plan.orgunit.application.port.in.OrgUnitView;
import vn.edu.platform.plan.signers.domain.RegisterRules;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.starter.config.PlatformTime;

/**
 * The organisation tree as the register sees it: a unit named in a change must exist today, and its
 * kind says which roles sign for it.
 */
@Component
class SignerUnits {

  private final OrgTreeQuery tree;
  private final Clock clock;

  SignerUnits(OrgTreeQuery tree, Clock clock) {
    this.tree = tree;
    this.clock = clock;
  }

  /**
   * The level of a unit that exists today: a school, the department, or null for any other unit.
   *
   * @throws vn.edu.platform.kernel.RuleViolation {@code unknown-unit} at {@code pointer} when no
   *     unit has this code today
   */
  SignerRole.UnitLevel levelToday(String unitCode, String pointer) {
    LocalDate today = PlatformTime.today(clock);
    OrgUnitView unit =
        tree.asOf(today)
            .unit(unitCode == null ? "" : unitCode.strip())
            .orElseThrow(
                () ->
                    RegisterRules.refusal(
                        pointer, "unknown-unit", "No unit " + unitCode + " exists on " + today));
    return switch (unit.kind()) {
      case SCHOOL -> SignerRole.UnitLevel.SCHOOL;
      case DEPARTMENT -> SignerRole.UnitLevel.DEPARTMENT;
      default -> null;
    };
  }
}
