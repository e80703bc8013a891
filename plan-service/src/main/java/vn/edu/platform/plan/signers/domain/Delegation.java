package vn.edu.platform.plan.signers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningDelegation;

/**
 * A delegation to sign on behalf of a role of a unit (ủy quyền ký thay), as the register records
 * it: granted by decision for a period of days, ended at most once by another decision.
 *
 * <p>Rules kept here: the role fits the unit ({@code role-not-for-unit}); the period does not end
 * before it begins ({@code ends-before-it-begins}); the decision has a number (at most 100
 * characters) and a date; an ending's last day lies within the period or is the day before it
 * begins ({@code outside-delegation}); an ended delegation is not ended again ({@code
 * signing-delegation-ended}).
 *
 * @param terms what the register decides on
 * @param grantedAt when the delegation was recorded
 * @param endedAt when its ending was recorded; null while it runs its course
 * @param revision increases with every change; send it back in {@code If-Match}
 */
public record Delegation(
    SigningDelegation terms, Instant grantedAt, Instant endedAt, long revision) {

  public Delegation {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(grantedAt, "grantedAt");
    if ((terms.ending() == null) != (endedAt == null)) {
      throw new IllegalArgumentException("an ended delegation, and only one, has endedAt");
    }
  }

  /**
   * Grants a delegation.
   *
   * @param unitLevel the unit's level today, null when it is neither a school nor the department
   */
  public static Changes<Delegation> grant(
      UUID id,
      String delegatorUnitCode,
      SignerRole delegatorRole,
      SignerRole.UnitLevel unitLevel,
      String delegateLogin,
      String decisionNumber,
      LocalDate decisionDate,
      LocalDate validFrom,
      LocalDate validTo,
      Instant at) {
    String number = RegisterRules.text(decisionNumber);
    List<Violation> violations = new ArrayList<>();
    SignerCertificate.checkRoleFitsUnit(delegatorRole, unitLevel, violations);
    checkDecision(number, decisionDate, violations);
    RegisterRules.checkDay("/validFrom", validFrom, violations);
    RegisterRules.checkDay("/validTo", validTo, violations);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      violations.add(
          Violation.withMessage(
              "/validTo", "ends-before-it-begins", "The delegation ends before " + validFrom));
    }
    RuleViolation.throwIfAny(RegisterRules.RULES, violations);
    Delegation granted =
        new Delegation(
            new SigningDelegation(
                id,
                delegatorUnitCode,
                delegatorRole,
                delegateLogin,
                number,
                decisionDate,
                validFrom,
                validTo,
                null),
            at,
            null,
            1);
    return Changes.of(granted, new SignerEvent.DelegationGranted(granted));
  }

  /** Ends the delegation after {@code lastDay} by the decision given, recorded at {@code at}. */
  public Changes<Delegation> end(
      LocalDate lastDay, String decisionNumber, LocalDate decisionDate, Instant at) {
    if (terms.ending() != null) {
      throw new StateConflict(
          "signing-delegation-ended",
          "The delegation was ended by decision " + terms.ending().decisionNumber());
    }
    String number = RegisterRules.text(decisionNumber);
    List<Violation> violations = new ArrayList<>();
    checkDecision(number, decisionDate, violations);
    if (lastDay == null
        || lastDay.isAfter(terms.validTo())
        || lastDay.isBefore(terms.validFrom().minusDays(1))) {
      violations.add(
          Violation.withMessage(
              "/lastDay",
              "outside-delegation",
              "The last day lies between "
                  + terms.validFrom().minusDays(1)
                  + " and "
                  + terms.validTo()));
    }
    RuleViolation.throwIfAny(RegisterRules.RULES, violations);
    Delegation ended =
        new Delegation(
            terms.ended(new SigningDelegation.Ending(lastDay, number, decisionDate)),
            grantedAt,
            at,
            revision + 1);
    return Changes.of(ended, new SignerEvent.DelegationEnded(ended));
  }

  public UUID id() {
    return terms.id();
  }

  private static void checkDecision(String number, LocalDate date, List<Violation> violations) {
    if (number == null || number.length() > 100) {
      violations.add(
          Violation.withMessage(
              "/decisionNumber", "required", "The decision's number (≤ 100 chars) is required"));
    }
    if (date == null) {
      violations.add(
          Violation.withMessage("/decisionDate", "required", "The decision's date is required"));
    }
    RegisterRules.checkDay("/decisionDate", date, violations);
  }
}
