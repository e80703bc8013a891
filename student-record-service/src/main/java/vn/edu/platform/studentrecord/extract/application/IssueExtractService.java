package vn.edu.platform.studentrecord.extract.application;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.studentrecord.extract.application.port.in.IssueExtractUseCase;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractEventPublisher;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRenderer;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRepository;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords.ReadRecord;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords.Signed;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords.Unsigned;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractDocument;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.extract.domain.Issuer;
import vn.edu.platform.studentrecord.extract.domain.IssuerRole;
import vn.edu.platform.studentrecord.extract.domain.Sha256;
import vn.edu.platform.studentrecord.extract.domain.VerificationCode;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.Actor.Capacity;

/**
 * Issues an extract in one transaction: the record read as the caller may read it, the next number
 * of the school's register, a new verification code, the PDF drawn and sealed, the log entry (with
 * the code's hash and the PDF's), the audit entry and the event. A failure anywhere (the seal
 * unavailable, say) rolls it all back, the number included.
 */
@Service
class IssueExtractService implements IssueExtractUseCase {

  static final String AUDITED_AS = "record-extract";

  private final SignedRecords records;
  private final ExtractRepository extracts;
  private final ExtractRenderer renderer;
  private final ExtractSeal seal;
  private final ExtractEventPublisher events;
  private final AuditLog audit;
  private final Clock clock;
  private final String publicUrl;
  private final SecureRandom random = new SecureRandom();

  IssueExtractService(
      SignedRecords records,
      ExtractRepository extracts,
      ExtractRenderer renderer,
      ExtractSeal seal,
      ExtractEventPublisher events,
      AuditLog audit,
      Clock clock,
      @Value("${platform.service.public-url}") String publicUrl) {
    this.records = records;
    this.extracts = extracts;
    this.renderer = renderer;
    this.seal = seal;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  @Override
  @Transactional
  public IssuedExtract issue(IssueExtract command) {
    ExtractedRecord record = signedRecord(records.readableBy(command.actor(), command.recordId()));
    Issuer issuer =
        new Issuer(
            command.subject(),
            command.actor().login(),
            roleOf(command.actor(), record.schoolCode()));
    ExtractNumber number =
        ExtractNumber.of(
            record.schoolCode(),
            record.schoolYear(),
            extracts.nextSequence(record.schoolCode(), record.schoolYear()));
    VerificationCode code = VerificationCode.generate(random);
    Instant now = clock.instant();
    URI link = ExtractDocument.verificationLink(publicUrl, record, code);
    byte[] pdf =
        seal.seal(
            renderer.render(
                new ExtractDocument(record, number, command.purpose(), now, issuer, link, code)));
    Extract extract =
        new Extract(
            UUID.randomUUID(),
            number,
            record.recordId(),
            record.version(),
            record.studentCode(),
            record.schoolCode(),
            record.schoolYear(),
            record.grade(),
            issuer,
            command.purpose(),
            now,
            code.hash(),
            Sha256.hex(pdf));
    extracts.insert(extract);
    audit.created(
        AUDITED_AS,
        number.value(),
        record.schoolCode(),
        "issue extract of record " + record.recordId() + ": " + command.purpose());
    events.issued(extract);
    return new IssuedExtract(extract, pdf);
  }

  private static ExtractedRecord signedRecord(ReadRecord read) {
    return switch (read) {
      case Signed s when s.record().corrected() ->
          throw new StateConflict(
              "record-superseded",
              "Version "
                  + s.record().version()
                  + " was corrected by record "
                  + s.record().supersededBy()
                  + ": an extract reproduces the current version");
      case Signed s -> s.record();
      case Unsigned u ->
          throw new StateConflict(
              "record-not-signed",
              "An extract reproduces a record the principal signed; record "
                  + u.recordId()
                  + " is "
                  + u.status());
    };
  }

  /**
   * The capacity the caller acts in: staff of the owning school (principal before administrator
   * before teacher), else the department, a government system, or a linked guardian, which is what
   * is left among those the record feature let read.
   */
  static IssuerRole roleOf(Actor actor, String schoolCode) {
    if (actor.worksAt(schoolCode)) {
      if (actor.is(Capacity.PRINCIPAL)) {
        return IssuerRole.PRINCIPAL;
      }
      return actor.is(Capacity.SCHOOL_ADMIN) ? IssuerRole.SCHOOL_ADMIN : IssuerRole.TEACHER;
    }
    if (actor.is(Capacity.DEPARTMENT)) {
      return IssuerRole.DEPARTMENT;
    }
    if (actor.is(Capacity.GOVERNMENT_READER)) {
      return IssuerRole.GOVERNMENT_SYSTEM;
    }
    return IssuerRole.GUARDIAN;
  }
}
