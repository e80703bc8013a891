package vn.edu.platform.studentrecord.record.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureStore;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureVerifier;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;

/** Exports, verifies and imports transfer packages. */
@Service
class RecordPackageService implements RecordPackagesUseCase {

  private final RecordQuery query;
  private final SchoolRecordRepository records;
  private final SignatureStore signatures;
  private final SignatureVerifier verifier;
  private final RecordDocuments documents;
  private final vn.edu.platform.kernel.AuditLog audit;
  private final RecordPackageImports imports;

  RecordPackageService(
      RecordQuery query,
      SchoolRecordRepository records,
      SignatureStore signatures,
      SignatureVerifier verifier,
      RecordDocuments documents,
      vn.edu.platform.kernel.AuditLog audit,
      RecordPackageImports imports) {
    this.audit = audit;
    this.imports = imports;
    this.query = query;
    this.records = records;
    this.signatures = signatures;
    this.verifier = verifier;
    this.documents = documents;
  }

  @Override
  @Transactional
  public RecordPackage export(Actor actor, String studentCode) {
    List<PackagedRecord> packaged = new ArrayList<>();
    for (SchoolRecord record : query.history(actor, studentCode)) {
      if (!record.status().signedByInstitution()) {
        continue;
      }
      List<PackagedSignature> signed = new ArrayList<>();
      for (SignerRole role : List.of(SignerRole.HOMEROOM_TEACHER, SignerRole.PRINCIPAL)) {
        signatures
            .signatureOf(record.id(), role)
            .ifPresent(
                s -> signed.add(new PackagedSignature(role, s.documentName(), s.groupSignature())));
      }
      audit.record(
          vn.edu.platform.kernel.AuditLog.Action.EXPORT,
          RecordAccess.RECORD,
          record.id().toString(),
          record.holdingSchool(),
          "export transfer package");
      packaged.add(
          new PackagedRecord(
              new String(
                  documents.canonicalDocument(record), java.nio.charset.StandardCharsets.UTF_8),
              signed));
    }
    return new RecordPackage(studentCode, packaged);
  }

  @Override
  @Transactional(readOnly = true)
  public List<PackagedRecordCheck> verify(RecordPackage recordPackage) {
    List<PackagedRecordCheck> checks = new ArrayList<>();
    for (int i = 0; i < recordPackage.records().size(); i++) {
      PackagedRecord packaged = recordPackage.records().get(i);
      byte[] canonical;
      try {
        canonical = documents.canonicalOf(packaged.document());
      } catch (RuntimeException e) {
        throw new RuleViolation(
            "record-package",
            Violation.withMessage(
                "/records/" + i + "/document", "not-json", "The document is not JSON text"));
      }
      List<SignatureCheck> results = new ArrayList<>();
      for (PackagedSignature s : packaged.signatures()) {
        results.add(
            new SignatureCheck(
                s.role(), verifier.verifyInBatch(s.signature(), s.documentName(), canonical)));
      }
      boolean both =
          results.stream().anyMatch(r -> r.role() == SignerRole.HOMEROOM_TEACHER)
              && results.stream().anyMatch(r -> r.role() == SignerRole.PRINCIPAL);
      boolean valid =
          results.stream().allMatch(r -> r.report().verdict() == VerificationReport.Verdict.VALID);
      UUID recordId = documents.recordIdOf(packaged.document()).orElse(null);
      SchoolRecord here = recordId == null ? null : records.find(recordId).orElse(null);
      checks.add(
          new PackagedRecordCheck(
              i,
              recordId,
              both && valid,
              results,
              here == null ? null : here.status(),
              here == null ? null : here.supersededBy()));
    }
    return checks;
  }

  @Override
  @Transactional(readOnly = true)
  public void requireImporter(Actor actor, String studentCode) {
    imports.requireImporter(actor, studentCode);
  }

  @Override
  @Transactional
  public ImportResult importPackage(Actor actor, String studentCode, RecordPackage recordPackage) {
    return imports.importPackage(actor, studentCode, recordPackage);
  }
}
