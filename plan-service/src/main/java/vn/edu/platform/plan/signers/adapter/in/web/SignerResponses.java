package vn.edu.platform.plan.signers.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.plan.signers.application.port.in.Slice;
import vn.edu.platform.plan.signers.domain.CertificateRequest;
import vn.edu.platform.plan.signers.domain.Delegation;
import vn.edu.platform.plan.signers.domain.SignerCertificate;
import vn.edu.platform.signing.register.CertificateStatus;
import vn.edu.platform.signing.register.RegisteredCertificate;
import vn.edu.platform.signing.register.Revocation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.register.SigningAuthorisation;
import vn.edu.platform.signing.register.SigningDelegation;
import vn.edu.platform.starter.web.conditional.Revisioned;
import vn.edu.platform.starter.web.paging.PageRequest;
import vn.edu.platform.starter.web.paging.PageResponse;

/** Response bodies of the register of signers' API. */
final class SignerResponses {

  private SignerResponses() {}

  static <T, R> PageResponse<R> page(Slice<T> slice, Function<T, R> view, PageRequest paging) {
    long pages = (slice.total() + paging.size() - 1) / paging.size();
    return new PageResponse<>(
        slice.items().stream().map(view).toList(),
        paging.page(),
        paging.size(),
        slice.total(),
        pages);
  }

  @Schema(description = "A signer's certificate in the register (chứng thư số người ký)")
  record SignerCertificateResponse(
      @Schema(example = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f") UUID id,
      @Schema(description = "The holder's login in the platform's realm", example = "ht.s311002")
          String holderLogin,
      @Schema(description = "The holder's full name", example = "Nguyễn Thị Hải") String holderName,
      @Schema(description = "The unit it signs for", example = "S311002") String unitCode,
      @Schema(description = "The role it signs in", example = "PRINCIPAL") SignerRole role,
      @Schema(description = "Serial number, lower-case hexadecimal", example = "1a2b3c4d")
          String serialNumber,
      @Schema(
              description = "The issuing CA (RFC 2253)",
              example = "CN=Development Issuing CA,O=Sở GD&ĐT Hải Phòng,C=VN")
          String issuerDn,
      @Schema(
              description = "SHA-256 of the DER encoding, lower-case hexadecimal",
              example = "4f2a6c1e9b7d3a5f8e0c2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4a")
          String fingerprint,
      @Schema(description = "First instant of validity", example = "2026-09-01T00:00:00Z")
          Instant notBefore,
      @Schema(description = "Last instant of validity, inclusive", example = "2028-08-31T16:59:59Z")
          Instant notAfter,
      @Schema(description = "ACTIVE or REVOKED; expiry follows from notAfter", example = "ACTIVE")
          CertificateStatus status,
      @Schema(description = "The revocation decision, when revoked")
          @Nullable RevocationResponse revocation,
      @Schema(
              description = "The request the registration fulfilled",
              example = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d")
          @Nullable UUID requestId,
      @Schema(description = "When it was registered", example = "2026-09-03T02:15:00Z")
          Instant registeredAt,
      @Schema(description = "Send it back in If-Match", example = "1") long revision)
      implements Revisioned {

    static SignerCertificateResponse of(SignerCertificate c) {
      RegisteredCertificate f = c.facts();
      return new SignerCertificateResponse(
          c.id(),
          f.holderLogin(),
          f.holderName(),
          f.unitCode(),
          f.role(),
          f.serialNumber(),
          f.issuerDn(),
          f.fingerprint(),
          f.notBefore(),
          f.notAfter(),
          f.status(),
          RevocationResponse.of(f.revocation(), c.revokedAt()),
          c.requestId(),
          c.registeredAt(),
          c.revision());
    }
  }

  @Schema(description = "The decision that revoked a certificate")
  record RevocationResponse(
      @Schema(
              description = "First instant the certificate may no longer sign",
              example = "2026-10-14T17:00:00Z")
          Instant effectiveAt,
      @Schema(example = "45/QĐ-SGDĐT") String decisionNumber,
      @Schema(example = "2026-10-14") LocalDate decisionDate,
      @Schema(example = "Chuyển công tác sang trường khác.") @Nullable String reason,
      @Schema(description = "When it was recorded", example = "2026-10-14T08:00:00Z")
          Instant recordedAt) {

    static RevocationResponse of(Revocation r, Instant recordedAt) {
      return r == null
          ? null
          : new RevocationResponse(
              r.effectiveAt(), r.decisionNumber(), r.decisionDate(), r.reason(), recordedAt);
    }
  }

  @Schema(description = "The department's request for a signing certificate")
  record CertificateRequestResponse(
      @Schema(example = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d") UUID id,
      @Schema(description = "ISSUE (cấp mới) or RENEWAL (gia hạn)", example = "ISSUE")
          CertificateRequest.Kind kind,
      @Schema(example = "ht.s311002") String holderLogin,
      @Schema(example = "Nguyễn Thị Hải") String holderName,
      @Schema(example = "S311002") String unitCode,
      @Schema(example = "PRINCIPAL") SignerRole role,
      @Schema(
              description = "RENEWAL: the certificate it replaces",
              example = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f")
          @Nullable UUID renewsCertificateId,
      @Schema(example = "Bổ nhiệm Hiệu trưởng từ ngày 01/09/2026.") @Nullable String note,
      @Schema(description = "OPEN, FULFILLED or WITHDRAWN", example = "OPEN")
          CertificateRequest.Status status,
      @Schema(
              description = "FULFILLED: the registered certificate",
              example = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f")
          @Nullable UUID certificateId,
      @Schema(
              description = "WITHDRAWN: why",
              example = "Giáo viên đã chuyển công tác trước khi được cấp chứng thư số.")
          @Nullable String withdrawalReason,
      @Schema(example = "2026-08-20T03:00:00Z") Instant requestedAt,
      @Schema(description = "When it was fulfilled or withdrawn", example = "2026-09-03T02:15:00Z")
          @Nullable Instant closedAt,
      @Schema(description = "Send it back in If-Match", example = "1") long revision)
      implements Revisioned {

    static CertificateRequestResponse of(CertificateRequest r) {
      return new CertificateRequestResponse(
          r.id(),
          r.kind(),
          r.holderLogin(),
          r.holderName(),
          r.unitCode(),
          r.role(),
          r.renewsCertificateId(),
          r.note(),
          r.status(),
          r.certificateId(),
          r.withdrawalReason(),
          r.requestedAt(),
          r.closedAt(),
          r.revision());
    }
  }

  @Schema(description = "A delegation to sign on behalf of a role of a unit (ủy quyền ký thay)")
  record DelegationResponse(
      @Schema(example = "3f2e1d0c-4b5a-4c6d-8e7f-9a0b1c2d3e4f") UUID id,
      @Schema(example = "SGD31") String delegatorUnitCode,
      @Schema(example = "DIRECTOR") SignerRole delegatorRole,
      @Schema(example = "pgd.tran") String delegateLogin,
      @Schema(example = "112/QĐ-SGDĐT") String decisionNumber,
      @Schema(example = "2026-05-25") LocalDate decisionDate,
      @Schema(example = "2026-06-01") LocalDate validFrom,
      @Schema(example = "2026-08-31") LocalDate validTo,
      @Schema(
              description = "The last day it covers: validTo, or the ending's last day",
              example = "2026-07-15")
          LocalDate lastDay,
      @Schema(description = "The decision that ended it early") @Nullable EndingResponse ending,
      @Schema(example = "2026-05-26T03:00:00Z") Instant grantedAt,
      @Schema(description = "Send it back in If-Match", example = "1") long revision)
      implements Revisioned {

    static DelegationResponse of(Delegation d) {
      SigningDelegation t = d.terms();
      return new DelegationResponse(
          t.id(),
          t.delegatorUnitCode(),
          t.delegatorRole(),
          t.delegateLogin(),
          t.decisionNumber(),
          t.decisionDate(),
          t.validFrom(),
          t.validTo(),
          t.lastDay(),
          t.ending() == null
              ? null
              : new EndingResponse(
                  t.ending().lastDay(),
                  t.ending().decisionNumber(),
                  t.ending().decisionDate(),
                  d.endedAt()),
          d.grantedAt(),
          d.revision());
    }
  }

  @Schema(description = "The decision that ended a delegation before its term")
  record EndingResponse(
      @Schema(example = "2026-07-15") LocalDate lastDay,
      @Schema(example = "130/QĐ-SGDĐT") String decisionNumber,
      @Schema(example = "2026-07-14") LocalDate decisionDate,
      @Schema(description = "When it was recorded", example = "2026-07-14T09:00:00Z")
          Instant recordedAt) {}

  @Schema(
      description =
          "The certificate may sign for the unit in the role (on behalf of onBehalfOf) at the"
              + " instant; a refusal is a 422 problem whose code is the reason")
  record AuthorisationResponse(
      @Schema(description = "Always true: a refusal is a problem", example = "true")
          boolean allowed,
      @Schema(example = "4f2a6c1e9b7d3a5f8e0c2b4d6f8a1c3e5b7d9f0a2c4e6b8d0f1a3c5e7b9d2f4a")
          String fingerprint,
      @Schema(example = "S311002") String unitCode,
      @Schema(example = "PRINCIPAL") SignerRole role,
      @Schema(description = "The role signed on behalf of", example = "DIRECTOR")
          @Nullable SignerRole onBehalfOf,
      @Schema(description = "The instant decided on", example = "2026-09-05T02:00:00Z") Instant at,
      @Schema(
              description = "The certificate's last instant of validity",
              example = "2028-08-31T16:59:59Z")
          Instant validUntil,
      @Schema(
              description = "The delegation signed under",
              example = "3f2e1d0c-4b5a-4c6d-8e7f-9a0b1c2d3e4f")
          @Nullable UUID delegationId,
      @Schema(description = "The delegation's last day", example = "2026-08-31")
          @Nullable LocalDate delegationLastDay) {

    static AuthorisationResponse of(
        SigningAuthorisation.Decision.Allowed allowed,
        SignerRole role,
        SignerRole onBehalfOf,
        Instant at) {
      RegisteredCertificate c = allowed.certificate();
      SigningDelegation d = allowed.delegation();
      return new AuthorisationResponse(
          true,
          c.fingerprint(),
          c.unitCode(),
          role,
          onBehalfOf,
          at,
          c.notAfter(),
          d == null ? null : d.id(),
          d == null ? null : d.lastDay());
    }
  }
}
