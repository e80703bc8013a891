package vn.edu.platform.plan.planning.domain;

import java.time.LocalDate;

/**
 * A phase of a plan (giai đoạn), e.g. {@code 2025-2027}; from and to are inclusive.
 *
 * @param code unique in its plan
 */
public record Phase(String code, LocalDate from, LocalDate to) {

  public Phase {
    code = Texts.nfc(code);
    if (code == null) {
      throw Plan.refusal("/code", "required", "A phase has a code");
    }
    if (from == null || to == null) {
      throw Plan.refusal(
          from == null ? "/from" : "/to", "required", "A phase has a first and a last day");
    }
    if (to.isBefore(from)) {
      throw Plan.refusal("/to", "phase-order", "A phase cannot end before it starts");
    }
  }
}
