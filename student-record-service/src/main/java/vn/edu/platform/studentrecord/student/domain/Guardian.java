package vn.edu.platform.studentrecord.student.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.kernel.Violation;

/**
 * A parent or guardian (cha mẹ, người giám hộ) of a student, as the school records them.
 *
 * <p>A child's data needs the consent of the legal representative, and silence is not consent (Law
 * 91/2025/QH15, Decree 356/2025): the school records when the legal representative consented to the
 * digital record and how (the paper form's number, a signed minute…). The school also links the
 * citizen account a parent signs in with; that link is what lets the parent read the student.
 *
 * <p>Rules kept here: full name required (at most 200 characters); a phone number of Vietnam,
 * {@code 0} or {@code +84} then nine digits ({@code phone-format}); a consent is the legal
 * representative's ({@code consent-not-legal-representative}), dated and described ({@code
 * consent-incomplete}), not in the future ({@code consent-in-the-future}); the account a realm
 * login ({@code login-format}); removing a link that does not exist is a conflict ({@code
 * guardian-account-not-linked}).
 *
 * @param phone the guardian's phone number, optional
 * @param consent the legal representative's consent to the digital record; null until given
 * @param accountLogin the linked citizen account's login; null while none is linked
 * @param revision increases with every change; send it back in {@code If-Match}
 */
public record Guardian(
    UUID id,
    String studentCode,
    String fullName,
    Relationship relationship,
    boolean legalRepresentative,
    String phone,
    Consent consent,
    String accountLogin,
    Instant createdAt,
    long revision) {

  private static final Pattern PHONE = Pattern.compile("(0|\\+84)[0-9]{9}");

  public Guardian {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(studentCode, "studentCode");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * The legal representative's consent to the digital record.
   *
   * @param givenOn the day it was given
   * @param recordedAs how it was recorded, e.g. {@code Phiếu đồng ý số 12/2025}
   */
  public record Consent(LocalDate givenOn, String recordedAs) {}

  /** Records a guardian of {@code student}; every broken rule at once. */
  public static Changes<Guardian> add(
      UUID id,
      Student student,
      String fullName,
      Relationship relationship,
      boolean legalRepresentative,
      String phone,
      LocalDate consentGivenOn,
      String consentRecordedAs,
      String accountLogin,
      LocalDate today,
      Instant at) {
    List<Violation> violations = new ArrayList<>();
    String name = StudentRules.checkText("/fullName", fullName, true, 200, violations);
    if (relationship == null) {
      violations.add(Violation.at("/relationship", "required"));
    }
    String number = checkPhone(phone, violations);
    Consent consent =
        checkConsent(
            consentGivenOn, consentRecordedAs, legalRepresentative, today, null, violations);
    String login = StudentRules.text(accountLogin);
    StudentRules.checkLogin("/accountLogin", login, violations);
    StudentRules.throwIfAny(violations);
    Guardian guardian =
        new Guardian(
            id,
            student.studentCode(),
            name,
            relationship,
            legalRepresentative,
            number,
            consent,
            login,
            at,
            1);
    return Changes.of(guardian, new StudentEvent.GuardianAdded(guardian, student.schoolCode()));
  }

  /** Changes what the school knows of the guardian; null values stay. */
  public Changes<Guardian> change(GuardianChange c, String schoolCode, LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    boolean representative =
        c.legalRepresentative() == null ? legalRepresentative : c.legalRepresentative();
    String number = c.phone() == null ? phone : checkPhone(c.phone(), violations);
    Consent given =
        c.consentGivenOn() == null && c.consentRecordedAs() == null
            ? consent
            : checkConsent(
                c.consentGivenOn(),
                c.consentRecordedAs(),
                representative,
                today,
                consent,
                violations);
    if (given != null && given == consent && !representative) {
      // the consent recorded before stays: it was given by a legal representative
      violations.add(Violation.at("/legalRepresentative", "consent-not-legal-representative"));
    }
    String login = c.accountLogin() == null ? accountLogin : StudentRules.text(c.accountLogin());
    StudentRules.checkLogin("/accountLogin", login, violations);
    StudentRules.throwIfAny(violations);
    List<String> changed = new ArrayList<>();
    if (representative != legalRepresentative) {
      changed.add("legalRepresentative");
    }
    if (!Objects.equals(number, phone)) {
      changed.add("phone");
    }
    if (!Objects.equals(given, consent)) {
      changed.add("consent");
    }
    if (!Objects.equals(login, accountLogin)) {
      changed.add("accountLogin");
    }
    if (changed.isEmpty()) {
      return Changes.of(this);
    }
    Guardian guardian =
        new Guardian(
            id,
            studentCode,
            fullName,
            relationship,
            representative,
            number,
            given,
            login,
            createdAt,
            revision + 1);
    return Changes.of(guardian, new StudentEvent.GuardianChanged(guardian, schoolCode, changed));
  }

  /** Removes the link to the citizen account: the parent reads nothing of the student any more. */
  public Changes<Guardian> unlinkAccount(String schoolCode) {
    if (accountLogin == null) {
      throw new StateConflict(
          "guardian-account-not-linked", "No citizen account is linked to this guardian");
    }
    Guardian guardian =
        new Guardian(
            id,
            studentCode,
            fullName,
            relationship,
            legalRepresentative,
            phone,
            consent,
            null,
            createdAt,
            revision + 1);
    return Changes.of(
        guardian, new StudentEvent.GuardianAccountUnlinked(guardian, schoolCode, accountLogin));
  }

  /**
   * A change of a guardian; null components stay as they are.
   *
   * @param consentGivenOn with {@code consentRecordedAs}: the consent given (or corrected)
   */
  public record GuardianChange(
      String phone,
      Boolean legalRepresentative,
      LocalDate consentGivenOn,
      String consentRecordedAs,
      String accountLogin) {}

  private static String checkPhone(String phone, List<Violation> violations) {
    String number = StudentRules.text(phone);
    if (number != null) {
      number = number.replace(" ", "").replace(".", "");
      if (!PHONE.matcher(number).matches()) {
        violations.add(Violation.at("/phone", "phone-format"));
      }
    }
    return number;
  }

  private static Consent checkConsent(
      LocalDate givenOn,
      String recordedAs,
      boolean legalRepresentative,
      LocalDate today,
      Consent current,
      List<Violation> violations) {
    String how = StudentRules.text(recordedAs);
    LocalDate day = givenOn == null && current != null ? current.givenOn() : givenOn;
    how = how == null && current != null ? current.recordedAs() : how;
    if (day == null && how == null) {
      return null;
    }
    if (day == null || how == null) {
      violations.add(
          Violation.at(
              day == null ? "/consentGivenOn" : "/consentRecordedAs", "consent-incomplete"));
      return null;
    }
    if (how.length() > 200) {
      violations.add(Violation.at("/consentRecordedAs", "too-long", 200));
    }
    if (day.isAfter(today)) {
      violations.add(Violation.at("/consentGivenOn", "consent-in-the-future"));
    }
    if (!legalRepresentative) {
      violations.add(Violation.at("/consentGivenOn", "consent-not-legal-representative"));
    }
    return new Consent(day, how);
  }
}
