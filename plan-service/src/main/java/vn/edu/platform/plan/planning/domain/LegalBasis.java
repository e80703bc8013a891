package vn.edu.platform.plan.planning.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document the plan implements (căn cứ), e.g. Nghị quyết 57-NQ/TW of 22/12/2024.
 *
 * @param documentNumber the document's number and symbol, e.g. {@code 358/KH-UBND}
 * @param planId the plan in this system with that number, when there is one
 */
public record LegalBasis(String documentNumber, String title, LocalDate issuedOn, UUID planId) {

  public LegalBasis {
    documentNumber = Texts.nfc(documentNumber);
    title = Texts.nfc(title);
    if (documentNumber == null) {
      throw Plan.refusal("/documentNumber", "required", "A legal basis has a number");
    }
  }

  public LegalBasis linkedTo(UUID plan) {
    return new LegalBasis(documentNumber, title, issuedOn, plan);
  }
}
