package vn.edu.platform.signing.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A delegation to sign (ủy quyền / giao ký thay) decided by the competent person: from {@code
 * validFrom} to {@code validTo}, the delegate signs on behalf of the delegator's role of the unit,
 * in their own capacity ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). The days are Vietnamese calendar days: a
 * delegation covers its last day until midnight in Asia/Ho_Chi_Minh. A delegation may be ended
 * earlier by another decision; it then covers nothing after the ending's last day.
 *
 * @param id the delegation's id in the register
 * @param delegatorUnitCode the unit whose role is delegated
 * @param delegatorRole the role on whose behalf the delegate signs
 * @param delegateLogin the delegate's login in the platform's realm (the holder of the certificate
 *     they sign with)
 * @param decisionNumber the number and symbol of the delegation's decision, e.g. {@code
 *     112/QĐ-SGDĐT}
 * @param decisionDate the decision's date
 * @param validFrom the first day covered
 * @param validTo the last day covered
 * @param ending the decision that ended the delegation early; null while it runs its course
 */
public record SigningDelegation(
    UUID id,
    String delegatorUnitCode,
    SignerRole delegatorRole,
    String delegateLogin,
    String decisionNumber,
    LocalDate decisionDate,
    LocalDate validFrom,
    LocalDate validTo,
    Ending ending) {

  public SigningDelegation {
    Objects.requireNonNull(id, "id");
    delegatorUnitCode = Texts.required(delegatorUnitCode, "delegatorUnitCode");
    Objects.requireNonNull(delegatorRole, "delegatorRole");
    delegateLogin = Texts.required(delegateLogin, "delegateLogin");
    decisionNumber = Texts.required(decisionNumber, "decisionNumber");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    if (validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("validTo is before validFrom");
    }
    if (ending != null
        && (ending.lastDay().isAfter(validTo)
            || ending.lastDay().isBefore(validFrom.minusDays(1)))) {
      throw new IllegalArgumentException(
          "an ending's last day lies within the delegation, or the day before it begins");
    }
  }

  /**
   * The decision that ends a delegation before its term (quyết định chấm dứt ủy quyền).
   *
   * @param lastDay the last day the delegation still covers; the day before {@code validFrom} ends
   *     it before it began
   * @param decisionNumber the decision's number and symbol
   * @param decisionDate the decision's date
   */
  public record Ending(LocalDate lastDay, String decisionNumber, LocalDate decisionDate) {
    public Ending {
      Objects.requireNonNull(lastDay, "lastDay");
      decisionNumber = Texts.required(decisionNumber, "decisionNumber");
      Objects.requireNonNull(decisionDate, "decisionDate");
    }
  }

  /** The same delegation ended by {@code decision}. */
  public SigningDelegation ended(Ending decision) {
    Objects.requireNonNull(decision, "decision");
    return new SigningDelegation(
        id,
        delegatorUnitCode,
        delegatorRole,
        delegateLogin,
        decisionNumber,
        decisionDate,
        validFrom,
        validTo,
        decision);
  }

  /** The last day the delegation covers: its term's, or the ending's when it was ended early. */
  public LocalDate lastDay() {
    return ending == null ? validTo : ending.lastDay();
  }

  /** Whether the delegation covers {@code day} (a Vietnamese calendar day). */
  public boolean covers(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(lastDay());
  }

  /** Whether this delegation hands {@code role} of {@code unitCode} to {@code login}. */
  public boolean delegates(String unitCode, SignerRole role, String login) {
    return delegatorUnitCode.equals(unitCode)
        && delegatorRole == role
        && delegateLogin.equals(login);
  }
}
