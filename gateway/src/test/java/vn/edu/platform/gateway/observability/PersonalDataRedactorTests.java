package vn.edu.platform.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataRedactorTests {

  private final PersonalDataRedactor redactor = new PersonalDataRedactor();

  @Test
  void masksPersonalIdsPhonesAndEmailsInLogText() {
    String line =
        "Invalid query in /public/v1/admissions/results?cccd=031204001234&phone=0912 345 678"
            + "&email=phu.huynh@example.vn";

    assertThat(redactor.redact(line))
        .doesNotContain("031204001234", "0912 345 678", "phu.huynh@example.vn")
        .contains("/public/v1/admissions/results");
  }

  @Test
  void leavesTraceIdsUuidsAndUnitCodesAlone() {
    String line =
        "trace 4bf92f3577b34da6a3ce929d0e0e4736 request f2b4c1de-0b6a-4d8e-9c3a-8e2f4b7a1c55 unit S311002";

    assertThat(redactor.redact(line)).isEqualTo(line);
  }
}
