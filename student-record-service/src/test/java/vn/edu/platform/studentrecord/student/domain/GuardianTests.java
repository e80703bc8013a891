package vn.edu.platform.studentrecord.student.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.StateConflict;

/** Guardians: the legal representative's consent, phone numbers, the linked citizen account. */
class GuardianTests {

  private static final LocalDate TODAY = LocalDate.of(2025, 9, 10);

  private final Student student =
      Student.register(
              "3110250001",
              Identity.of(
                  "Nguyễn Thị Ánh",
                  LocalDate.of(2015, 3, 14),
                  "Hải Phòng",
                  Sex.FEMALE,
                  null,
                  false,
                  TODAY),
              "S311002",
              Instant.EPOCH)
          .state();

  private Guardian add(
      boolean representative, LocalDate consentOn, String recordedAs, String phone) {
    return Guardian.add(
            UUID.randomUUID(),
            student,
            "Trần Văn Bình",
            Relationship.FATHER,
            representative,
            phone,
            consentOn,
            recordedAs,
            "congdan.binh",
            TODAY,
            Instant.EPOCH)
        .state();
  }

  private static List<String> refusal(Runnable action) {
    try {
      action.run();
    } catch (RuleViolation e) {
      return e.violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void recordsTheLegalRepresentativesConsentWithItsDayAndHowItWasRecorded() {
    Guardian guardian = add(true, TODAY, "Phiếu đồng ý số 12/2025", "091 234 5678");

    assertThat(guardian.consent())
        .isEqualTo(new Guardian.Consent(TODAY, "Phiếu đồng ý số 12/2025"));
    assertThat(guardian.phone()).isEqualTo("0912345678");
    assertThat(guardian.accountLogin()).isEqualTo("congdan.binh");
  }

  @Test
  void onlyALegalRepresentativeConsentsAndNeverInTheFuture() {
    assertThat(refusal(() -> add(false, TODAY, "Phiếu 1", null)))
        .containsExactly("/consentGivenOn consent-not-legal-representative");
    assertThat(refusal(() -> add(true, TODAY.plusDays(1), "Phiếu 1", null)))
        .containsExactly("/consentGivenOn consent-in-the-future");
    assertThat(refusal(() -> add(true, TODAY, null, null)))
        .containsExactly("/consentRecordedAs consent-incomplete");
    assertThat(refusal(() -> add(true, null, null, "12345")))
        .containsExactly("/phone phone-format");
  }

  @Test
  void aGuardianWhoConsentedStaysTheLegalRepresentative() {
    Guardian guardian = add(true, TODAY, "Phiếu 1", null);

    assertThat(
            refusal(
                () ->
                    guardian.change(
                        new Guardian.GuardianChange(null, false, null, null, null),
                        "S311002",
                        TODAY)))
        .containsExactly("/legalRepresentative consent-not-legal-representative");
  }

  @Test
  void aChangeNamesWhatChangedAndNothingIsNoChange() {
    Guardian guardian = add(true, null, null, null);

    Changes<Guardian> consented =
        guardian.change(
            new Guardian.GuardianChange(null, null, TODAY, "Phiếu 2", null), "S311002", TODAY);
    Changes<Guardian> nothing =
        guardian.change(
            new Guardian.GuardianChange(null, null, null, null, null), "S311002", TODAY);

    assertThat(consented.events())
        .singleElement()
        .isEqualTo(
            new StudentEvent.GuardianChanged(consented.state(), "S311002", List.of("consent")));
    assertThat(nothing.events()).isEmpty();
  }

  @Test
  void unlinkingRemovesTheAccountOnceOnly() {
    Guardian guardian = add(true, null, null, null);

    Guardian unlinked = guardian.unlinkAccount("S311002").state();

    assertThat(unlinked.accountLogin()).isNull();
    assertThat(unlinked.revision()).isEqualTo(2);
    assertThatThrownBy(() -> unlinked.unlinkAccount("S311002"))
        .isInstanceOf(StateConflict.class)
        .extracting(e -> ((StateConflict) e).code())
        .isEqualTo("guardian-account-not-linked");
  }
}
