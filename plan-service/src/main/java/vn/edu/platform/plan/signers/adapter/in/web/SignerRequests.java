package vn.edu.platform.plan.signers.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.starter.web.text.SingleLineText;

/** Request bodies of the register of signers' API. */
final class SignerRequests {

  static final String CODE = "[A-Z][A-Za-z0-9.-]{1,31}";
  static final String LOGIN = "[a-z0-9][a-z0-9._@-]{0,99}";
  static final String FINGERPRINT = "[0-9a-fA-F]{64}";

  private static final String PEM_EXAMPLE =
      "-----BEGIN CERTIFICATE-----\nMIIDtTCCAp2gAwIBAgIBAjANBgkqhkiG9w0BAQsFADBLMQswCQYDVQQGEwJWTjEg\n"
          + "...\n-----END CERTIFICATE-----";

  private SignerRequests() {}

  @Schema(
      description =
          "The department asks for a signing certificate to be issued (ISSUE) or renewed"
              + " (RENEWAL, naming the certificate it replaces) for a person who signs for a unit"
              + " in a role. One open request per holder, unit and role: a second answers 409"
              + " certificate-request-exists.")
  record RequestCertificateRequest(
      @Schema(description = "ISSUE (cấp mới) or RENEWAL (gia hạn)", example = "ISSUE") @NotNull
          CertificateRequest.Kind kind,
      @Schema(description = "The holder's login in the platform's realm", example = "ht.s311002")
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = LOGIN)
          String holderLogin,
      @Schema(description = "The holder's full name", example = "Nguyễn Thị Hải")
          @NotBlank
          @Size(max = 200)
          @SingleLineText
          String holderName,
      @Schema(
              description =
                  "The unit the certificate will sign for: a school, or the department; it must"
                      + " exist today (422 /unitCode unknown-unit)",
              example = "S311002")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          String unitCode,
      @Schema(
              description =
                  "The role: HOMEROOM_TEACHER, PRINCIPAL, VICE_PRINCIPAL for a school;"
                      + " DIRECTOR, DEPUTY_DIRECTOR for the department (422 /role"
                      + " role-not-for-unit otherwise)",
              example = "PRINCIPAL")
          @NotNull
          SignerRole role,
      @Schema(
              description = "RENEWAL only: the registered certificate it replaces",
              example = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f")
          UUID renewsCertificateId,
      @Schema(
              description = "A note for the CA, at most 2,000 characters",
              example = "Bổ nhiệm Hiệu trưởng từ ngày 01/09/2026.")
          @Size(max = 2000)
          String note) {}

  @Schema(description = "The department withdraws an open request")
  record WithdrawalRequest(
      @Schema(
              description = "Why (required, at most 2,000 characters)",
              example = "Giáo viên đã chuyển công tác trước khi được cấp chứng thư số.")
          @Size(max = 2000)
          String reason) {}

  @Schema(
      description =
          "An issued certificate, registered for its holder, unit and role. The same"
              + " certificate twice answers 409 signer-certificate-exists.")
  record RegisterCertificateRequest(
      @Schema(
              description =
                  "The certificate as PEM (-----BEGIN CERTIFICATE-----) or the base64 of its DER"
                      + " encoding; an end-entity certificate whose key may sign, not expired"
                      + " (422 /certificate certificate-unreadable, certificate-not-for-signing,"
                      + " certificate-expired)",
              example = PEM_EXAMPLE)
          @NotBlank
          @Size(max = 20000)
          String certificate,
      @Schema(description = "The holder's login in the platform's realm", example = "ht.s311002")
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = LOGIN)
          String holderLogin,
      @Schema(description = "The holder's full name", example = "Nguyễn Thị Hải")
          @NotBlank
          @Size(max = 200)
          @SingleLineText
          String holderName,
      @Schema(description = "The unit it signs for, existing today", example = "S311002")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          String unitCode,
      @Schema(description = "The role it signs in, fitting the unit", example = "PRINCIPAL")
          @NotNull
          SignerRole role,
      @Schema(
              description =
                  "The open request it fulfils, if any: holder, unit and role must be the"
                      + " request's (422 differs-from-request)",
              example = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d")
          UUID requestId) {}

  @Schema(description = "The department's decision that revokes a certificate")
  record RevocationRequest(
      @Schema(
              maxLength = 100,
              description = "Number and symbol of the decision (required)",
              example = "45/QĐ-SGDĐT")
          @SingleLineText
          String decisionNumber,
      @Schema(description = "Date of the decision (required)", example = "2026-10-14")
          LocalDate decisionDate,
      @Schema(
              description = "Why, as the decision says (at most 2,000 characters)",
              example = "Chuyển công tác sang trường khác.")
          @Size(max = 2000)
          String reason,
      @Schema(
              description =
                  "The first instant at which the certificate may no longer sign; now when"
                      + " absent",
              example = "2026-10-14T17:00:00Z")
          Instant effectiveAt) {}

  @Schema(
      description =
          "A delegation to sign on behalf of a role of a unit (ủy quyền ký thay), for a period of"
              + " days. An overlapping delegation of the same role to the same person answers 409"
              + " signing-delegation-overlaps.")
  record GrantDelegationRequest(
      @Schema(description = "The unit whose role is delegated", example = "SGD31")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          String delegatorUnitCode,
      @Schema(description = "The role signed on behalf of", example = "DIRECTOR") @NotNull
          SignerRole delegatorRole,
      @Schema(description = "The delegate's login in the platform's realm", example = "pgd.tran")
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = LOGIN)
          String delegateLogin,
      @Schema(
              maxLength = 100,
              description = "Number and symbol of the delegation decision (required)",
              example = "112/QĐ-SGDĐT")
          @SingleLineText
          String decisionNumber,
      @Schema(description = "Date of the decision (required)", example = "2026-05-25")
          LocalDate decisionDate,
      @Schema(description = "First day covered (Vietnam)", example = "2026-06-01") @NotNull
          LocalDate validFrom,
      @Schema(
              description = "Last day covered, inclusive (422 /validTo ends-before-it-begins)",
              example = "2026-08-31")
          @NotNull
          LocalDate validTo) {}

  @Schema(description = "The decision that ends a delegation before its term")
  record EndDelegationRequest(
      @Schema(
              description =
                  "The last day the delegation still covers: within it, or the day before it"
                      + " begins (422 /lastDay outside-delegation)",
              example = "2026-07-15")
          LocalDate lastDay,
      @Schema(
              maxLength = 100,
              description = "Number and symbol of the ending decision (required)",
              example = "130/QĐ-SGDĐT")
          @SingleLineText
          String decisionNumber,
      @Schema(description = "Date of the decision (required)", example = "2026-07-14")
          LocalDate decisionDate) {}

  @Schema(
      description =
          "May the certificate with this fingerprint sign for the unit in the role (on behalf of"
              + " another role of the unit) at this instant?")
  record AuthorisationCheckRequest(
      @Schema(
              description = "SHA-256 of the certificate's DER encoding, 64 hexadecimal digits",
              example = "4f2a6c1e9b7d3a5f8e0c2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4a")
          @NotBlank
          @Size(max = 64)
          @Pattern(regexp = FINGERPRINT)
          String fingerprint,
      @Schema(description = "The unit the document is signed for", example = "S311002")
          @NotBlank
          @Size(max = 32)
          @Pattern(regexp = CODE)
          String unitCode,
      @Schema(description = "The capacity the signer signs in", example = "PRINCIPAL") @NotNull
          SignerRole role,
      @Schema(
              description =
                  "The role signed on behalf of, by delegation (KT. — ký thay); absent when the"
                      + " signer signs in their own right",
              example = "DIRECTOR")
          SignerRole onBehalfOf,
      @Schema(
              description = "The instant of signing; now when absent",
              example = "2026-09-05T02:00:00Z")
          Instant at) {}
}
