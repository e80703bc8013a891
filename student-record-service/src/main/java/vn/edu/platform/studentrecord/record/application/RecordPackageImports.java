package vn.edu.platform.studentrecord.record.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.RuleViolation;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.verification.VerificationReport;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.Actor.Capacity;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase.ImportOutcome;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase.ImportResult;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase.ImportedRecord;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase.PackagedRecord;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase.PackagedSignature;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase.RecordPackage;
import vn.edu.platform.studentrecord.record.application.port.in.RecordPackagesUseCase.SignatureCheck;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments.DocumentFields;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner.SignedGroup;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureStore;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureVerifier;
import vn.edu.platform.studentrecord.record.domain.ImportOrigin;
import vn.edu.platform.studentrecord.record.domain.Placement;
import vn.edu.platform.studentrecord.record.domain.RecordEvent;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery;
import vn.edu.platform.studentrecord.student.application.port.in.EnrolmentView;

/**
 * The import of a transfer package at the receiving school (issue 9). The package is checked as a
 * whole before anything is stored: each record must be a signed record document of this format, of
 * the path's student, with both signatures (homeroom teacher, principal) valid over the document as
 * given; a record this service holds already must be the same document (then it is reported held
 * and nothing is stored for it); a new record must rebuild exactly its signed document (so its
 * stored signatures verify later against what is stored) and must not meet another record of its
 * year here. One refused record refuses the package: {@code record-package}, one error per record
 * at {@code /records/<i>}.
 *
 * <p>A new record is stored as an imported record: {@code LOCKED}, its placement as signed (the
 * school, grade and class name of the signing school; the class id a name-based id, since the class
 * is not one of ours), its signatures as received (signer without a login here, the import as their
 * job), held by the importing school. Each stored record is audited as an import.
 */
@Component
class RecordPackageImports {

  private static final List<SignerRole> ROLES =
      List.of(SignerRole.HOMEROOM_TEACHER, SignerRole.PRINCIPAL);

  private static final String PROBLEM = "record-package";

  private final SchoolRecordRepository records;
  private final SignatureStore signatures;
  private final SignatureVerifier verifier;
  private final RecordDocuments documents;
  private final EnrolmentQuery enrolments;
  private final RecordChanges changes;
  private final AuditLog audit;
  private final Clock clock;

  RecordPackageImports(
      SchoolRecordRepository records,
      SignatureStore signatures,
      SignatureVerifier verifier,
      RecordDocuments documents,
      EnrolmentQuery enrolments,
      RecordChanges changes,
      AuditLog audit,
      Clock clock) {
    this.records = records;
    this.signatures = signatures;
    this.verifier = verifier;
    this.documents = documents;
    this.enrolments = enrolments;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /** The importing school: the one of the student's current enrolment, if the caller manages it. */
  String requireImporter(Actor actor, String studentCode) {
    EnrolmentView current =
        enrolments
            .currentEnrolment(studentCode)
            .filter(e -> actor.worksAt(e.schoolCode()))
            .orElseThrow(() -> new NotFound("student-not-enrolled", studentCode));
    if (!actor.is(Capacity.SCHOOL_ADMIN) && !actor.is(Capacity.PRINCIPAL)) {
      throw new AccessDenied(current.schoolCode());
    }
    return current.schoolCode();
  }

  /** A packaged record once checked: held here already, or new and ready to store. */
  private record Checked(
      int index,
      DocumentFields fields,
      byte[] canonical,
      List<SignatureCheck> checks,
      List<PackagedSignature> packaged,
      @Nullable SchoolRecord held) {}

  ImportResult importPackage(Actor actor, String studentCode, RecordPackage recordPackage) {
    String school = requireImporter(actor, studentCode);
    if (!studentCode.equals(recordPackage.studentCode())) {
      throw new RuleViolation(
          PROBLEM,
          Violation.withMessage(
              "/studentCode", "other-student", "The package is another student's"));
    }
    if (recordPackage.records().isEmpty()) {
      throw new RuleViolation(
          PROBLEM, Violation.withMessage("/records", "no-records", "The package holds no record"));
    }
    List<Violation> violations = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < recordPackage.records().size(); i++) {
      PackagedRecord packaged = recordPackage.records().get(i);
      String at = "/records/" + i;
      Optional<DocumentFields> read = documents.fieldsOf(packaged.document());
      if (read.isEmpty()) {
        violations.add(
            Violation.withMessage(
                at,
                "not-a-record",
                "The document is not a school record document of format version 1"));
        continue;
      }
      DocumentFields fields = read.get();
      Optional<Violation> refused = refusal(at, studentCode, fields, packaged, ids);
      if (refused.isPresent()) {
        violations.add(refused.get());
        continue;
      }
      ids.add(fields.recordId());
      byte[] canonical = documents.canonicalOf(packaged.document());
      List<SignatureCheck> checks = new ArrayList<>();
      Violation invalid = null;
      for (SignerRole role : ROLES) {
        PackagedSignature s = signatureOf(packaged, role);
        VerificationReport report =
            verifier.verifyInBatch(s.signature(), s.documentName(), canonical);
        checks.add(new SignatureCheck(role, report));
        if (invalid == null && report.verdict() != VerificationReport.Verdict.VALID) {
          invalid = notValid(at, role, report);
        }
      }
      if (invalid != null) {
        violations.add(invalid);
        continue;
      }
      SchoolRecord held = records.find(fields.recordId()).orElse(null);
      if (held != null && !MessageDigest.isEqual(documents.canonicalDocument(held), canonical)) {
        violations.add(
            Violation.withMessage(
                at,
                "record-conflict",
                "This service holds record "
                    + fields.recordId()
                    + " with another content: the package's is not the one kept here"));
        continue;
      }
      checked.add(new Checked(i, fields, canonical, checks, packaged.signatures(), held));
    }
    RuleViolation.throwIfAny(PROBLEM, violations);

    Instant now = clock.instant();
    UUID importId = UUID.randomUUID();
    ImportOrigin origin = new ImportOrigin(importId, school, actor.login(), now);
    List<Checked> fresh = checked.stream().filter(c -> c.held() == null).toList();
    Map<UUID, UUID> correctedBy = new HashMap<>();
    for (Checked c : fresh) {
      if (c.fields().correction() != null) {
        correctedBy.put(c.fields().correction().previousVersionId(), c.fields().recordId());
      }
    }
    Map<Integer, SchoolRecord> built = new LinkedHashMap<>();
    Map<UUID, List<SignatureStore.Entry>> entries = new HashMap<>();
    List<SignedGroup> groups = new ArrayList<>();
    List<SchoolRecord> here = records.history(studentCode);
    for (Checked c : fresh) {
      String at = "/records/" + c.index();
      Optional<Violation> conflict = yearConflict(at, c, fresh, here, correctedBy);
      if (conflict.isPresent()) {
        violations.add(conflict.get());
        continue;
      }
      List<RecordSignature> received = new ArrayList<>();
      List<SignatureStore.Entry> recordEntries = new ArrayList<>();
      for (SignatureCheck check : c.checks()) {
        PackagedSignature s = signatureOf(c.packaged(), check.role());
        var facts = verifier.signingFacts(s.signature(), s.documentName());
        if (facts.isEmpty()) {
          violations.add(
              Violation.withMessage(
                  at,
                  "signer-unknown",
                  "The " + check.role() + " signature names no signing certificate"));
          break;
        }
        VerificationReport report = check.report();
        Instant signedAt =
            report.timestampTime() != null
                ? report.timestampTime()
                : report.claimedSigningTime() != null ? report.claimedSigningTime() : now;
        RecordSignature signature =
            new RecordSignature(
                check.role(),
                check.role(),
                null,
                facts.get().certificateFingerprint(),
                signedAt,
                null,
                importId);
        received.add(signature);
        UUID group = UUID.randomUUID();
        groups.add(new SignedGroup(group, s.signature(), List.of(s.documentName())));
        recordEntries.add(
            new SignatureStore.Entry(
                c.fields().recordId(),
                signature,
                group,
                s.documentName(),
                sha256(c.canonical()),
                facts.get().position()));
      }
      if (received.size() != ROLES.size()) {
        continue;
      }
      SchoolRecord record = build(c.fields(), correctedBy, received, origin);
      if (!MessageDigest.isEqual(documents.canonicalDocument(record), c.canonical())) {
        violations.add(
            Violation.withMessage(
                at,
                "document-not-reproducible",
                "The document carries fields or values this service's record does not keep: it"
                    + " could not be stored so that its signatures verify"));
        continue;
      }
      built.put(c.index(), record);
      entries.put(record.id(), recordEntries);
    }
    RuleViolation.throwIfAny(PROBLEM, violations);

    // oldest first, so that a correction's previous version is there before it
    List<SchoolRecord> toStore =
        built.values().stream()
            .sorted(
                Comparator.comparing(SchoolRecord::schoolYear)
                    .thenComparingInt(SchoolRecord::version))
            .toList();
    if (!toStore.isEmpty()) {
      records.insertAll(toStore);
      signatures.storeGroups(importId, groups);
      signatures.storeEntries(toStore.stream().flatMap(r -> entries.get(r.id()).stream()).toList());
      changes.record(toStore.stream().map(r -> (RecordEvent) new RecordEvent.Imported(r)).toList());
    }
    List<ImportedRecord> outcomes = new ArrayList<>();
    for (Checked c : checked) {
      DocumentFields f = c.fields();
      if (c.held() != null) {
        audit.record(
            AuditLog.Action.VERIFY,
            RecordAccess.RECORD,
            f.recordId().toString(),
            school,
            "import transfer package: record already held (version " + f.version() + ")");
      }
      outcomes.add(
          new ImportedRecord(
              c.index(),
              f.recordId(),
              f.schoolYear(),
              f.version(),
              f.schoolCode(),
              f.grade(),
              c.held() == null ? ImportOutcome.IMPORTED : ImportOutcome.ALREADY_HELD,
              c.checks()));
    }
    return new ImportResult(toStore.isEmpty() ? null : importId, studentCode, school, outcomes);
  }

  /** The first reason a record is refused before its signatures are verified, if any. */
  private static Optional<Violation> refusal(
      String at,
      String studentCode,
      DocumentFields fields,
      PackagedRecord packaged,
      Set<UUID> seen) {
    if (!studentCode.equals(fields.studentCode())) {
      return Optional.of(
          Violation.withMessage(at, "other-student", "The record is another student's"));
    }
    if (seen.contains(fields.recordId())) {
      return Optional.of(
          Violation.withMessage(
              at, "duplicate-record", "The package holds record " + fields.recordId() + " twice"));
    }
    if (fields.identity() == null || fields.results() == null) {
      return Optional.of(
          Violation.withMessage(
              at,
              "record-incomplete",
              "A signed record carries the student's identity and the year's results"));
    }
    for (SignerRole role : ROLES) {
      long count = packaged.signatures().stream().filter(s -> s.role() == role).count();
      if (count != 1) {
        return Optional.of(
            Violation.withMessage(
                at,
                count == 0 ? "signature-missing" : "duplicate-signature",
                "A record comes with one signature of the homeroom teacher and one of the"
                    + " principal; this one has "
                    + count
                    + " of "
                    + role));
      }
    }
    if (packaged.signatures().size() != ROLES.size()) {
      return Optional.of(
          Violation.withMessage(
              at, "signature-missing", "A record comes with its two signatures, no other"));
    }
    String name = documentName(fields);
    for (PackagedSignature s : packaged.signatures()) {
      if (!name.equals(s.documentName())) {
        return Optional.of(
            Violation.withMessage(
                at,
                "document-name-mismatch",
                "The " + s.role() + " signature names document " + s.documentName()));
      }
    }
    return Optional.empty();
  }

  private static Violation notValid(String at, SignerRole role, VerificationReport report) {
    boolean changed =
        "HASH_FAILURE".equals(report.reason())
            || (!report.documentIntact() && report.signatureIntact());
    return changed
        ? Violation.withMessage(
            at,
            "hash-failure",
            "The document is not the one the " + role + " signed: a value was changed")
        : Violation.withMessage(
            at,
            "signature-not-valid",
            "The "
                + role
                + " signature is "
                + report.verdict()
                + (report.reason() == null ? "" : " (" + report.reason() + ")"));
  }

  /**
   * A new record meets no other of its year: none held here (another school's record of that year
   * is not replaced by an import), and among the package's new records one current version.
   */
  private static Optional<Violation> yearConflict(
      String at,
      Checked c,
      List<Checked> fresh,
      List<SchoolRecord> here,
      Map<UUID, UUID> correctedBy) {
    DocumentFields f = c.fields();
    boolean heldYear =
        here.stream()
            .anyMatch(r -> r.schoolYear().equals(f.schoolYear()) && !r.id().equals(f.recordId()));
    if (heldYear) {
      return Optional.of(
          Violation.withMessage(
              at,
              "year-already-recorded",
              "This service holds another record of the student for " + f.schoolYear()));
    }
    if (f.correction() != null
        && fresh.stream()
            .noneMatch(o -> o.fields().recordId().equals(f.correction().previousVersionId()))) {
      return Optional.of(
          Violation.withMessage(
              at,
              "previous-version-missing",
              "The version it corrects is not among the package's new records"));
    }
    boolean rival =
        fresh.stream()
            .filter(o -> o != c && o.fields().schoolYear().equals(f.schoolYear()))
            .anyMatch(
                o ->
                    o.fields().version() == f.version()
                        || (!correctedBy.containsKey(o.fields().recordId())
                            && !correctedBy.containsKey(f.recordId())));
    if (rival) {
      return Optional.of(
          Violation.withMessage(
              at,
              "version-conflict",
              "The package holds another current record of " + f.schoolYear()));
    }
    return Optional.empty();
  }

  private static SchoolRecord build(
      DocumentFields f,
      Map<UUID, UUID> correctedBy,
      List<RecordSignature> received,
      ImportOrigin origin) {
    return SchoolRecord.imported(
            f.recordId(),
            f.studentCode(),
            f.schoolYear(),
            f.version(),
            new Placement(
                f.schoolCode(), f.grade(), classIdOf(f), f.className(), f.homeroomTeacher()),
            f.catalogueVersion(),
            f.content(),
            f.results(),
            f.identity(),
            f.correction(),
            correctedBy.get(f.recordId()),
            f.completion(),
            received,
            origin)
        .state();
  }

  /**
   * The class an imported record names is the signing school's, not one of ours: a name-based id of
   * school, year and class name stands for it (the same for every record of that class).
   */
  static UUID classIdOf(DocumentFields f) {
    return UUID.nameUUIDFromBytes(
        ("imported-class:" + f.schoolCode() + "/" + f.schoolYear() + "/" + f.className())
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String documentName(DocumentFields f) {
    return "urn:edu:hoc-ba:" + f.studentCode() + ":" + f.schoolYear() + ":v" + f.version();
  }

  private static PackagedSignature signatureOf(PackagedRecord packaged, SignerRole role) {
    return signatureOf(packaged.signatures(), role);
  }

  private static PackagedSignature signatureOf(List<PackagedSignature> packaged, SignerRole role) {
    return packaged.stream().filter(s -> s.role() == role).findFirst().orElseThrow();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
