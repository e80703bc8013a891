package vn.edu.platform.studentrecord.record.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.VerifyRecordsUseCase;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureStore;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureVerifier;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/** Verifies a stored record's signatures against its document rebuilt from storage. */
@Service
class RecordVerificationService implements VerifyRecordsUseCase {

  private final RecordQuery records;
  private final SignatureStore signatures;
  private final SignatureVerifier verifier;
  private final RecordDocuments documents;
  private final SchoolRecordRepository repository;
  private final AuditLog audit;

  RecordVerificationService(
      RecordQuery records,
      SignatureStore signatures,
      SignatureVerifier verifier,
      RecordDocuments documents,
      SchoolRecordRepository repository,
      AuditLog audit) {
    this.records = records;
    this.signatures = signatures;
    this.verifier = verifier;
    this.documents = documents;
    this.repository = repository;
    this.audit = audit;
  }

  @Override
  @Transactional
  public RecordCheck verify(Actor actor, UUID recordId) {
    return check(records.record(actor, recordId));
  }

  @Override
  @Transactional
  public Optional<AuthorisedCheck> verifyAuthorised(UUID recordId, String purpose) {
    return repository
        .find(recordId)
        .map(
            record -> {
              audit.read(
                  RecordAccess.RECORD,
                  record.id().toString(),
                  record.placement().schoolCode(),
                  purpose);
              return new AuthorisedCheck(record, check(record));
            });
  }

  private RecordCheck check(SchoolRecord record) {
    UUID recordId = record.id();
    byte[] canonical = documents.canonicalDocument(record);
    List<SignerRole> missing = new ArrayList<>();
    List<SignatureCheck> checks = new ArrayList<>();
    for (SignerRole role : List.of(SignerRole.HOMEROOM_TEACHER, SignerRole.PRINCIPAL)) {
      var stored = signatures.signatureOf(recordId, role);
      if (stored.isEmpty()) {
        missing.add(role);
        continue;
      }
      // one after the other: DSS's validation is not safe on two threads, and platform-signing
      // serialises it anyway
      checks.add(
          new SignatureCheck(
              stored.get().entry(),
              verifier.verifyInBatch(
                  stored.get().groupSignature(), stored.get().documentName(), canonical)));
    }
    boolean authentic =
        missing.isEmpty()
            && checks.stream()
                .allMatch(c -> c.report().verdict() == VerificationReport.Verdict.VALID);
    return new RecordCheck(
        record.id(),
        record.studentCode(),
        record.schoolYear(),
        record.version(),
        record.status(),
        authentic && record.status().signedByInstitution(),
        checks,
        missing,
        record.supersededBy());
  }
}
