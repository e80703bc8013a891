package vn.edu.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataRedactorTests {

  private final PersonalDataRedactor redactor = new PersonalDataRedactor();

  @Test
  void masksPersonalIdsPhonesAndEmails() {
    assertThat(redactor.redact("id 001203004567 tel 0912 345 678 or +84912345678 mail a.b@c.vn"))
        .isEqualTo("id [redacted] tel [redacted] or [redacted] mail [redacted]");
  }

  @Test
  void leavesUnitCodesUuidsTraceIdsAndTimestampsAlone() {
    String line =
        "unit S311002 commune X11311 id 6f1c2b0e-4a8e-4f55-9a55-1d2f6b0c9e11"
            + " trace 4bf92f3577b34da6a3ce929d0e0e4736 at 2026-11-28T03:00:00.123456Z offset 1234";

    assertThat(redactor.redact(line)).isEqualTo(line);
  }

  @Test
  void masksPersonalDataEchoedInARejectedUrl() {
    String line =
        "Invalid query in /public/v1/admissions/results?cccd=031204001234&phone=0912 345 678"
            + "&email=phu.huynh@example.vn";

    assertThat(redactor.redact(line))
        .doesNotContain("031204001234", "0912 345 678", "phu.huynh@example.vn")
        .contains("/public/v1/admissions/results");
  }
}
