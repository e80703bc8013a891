package vn.edu.platform.studentrecord.record.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.platform.kernel.AccessDenied;
import vn.edu.platform.kernel.ApplicationException;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.kernel.StateConflict;
import vn.edu.platform.signing.register.SignerRole;
import vn.edu.platform.signing.remote.RemoteSigningRefused;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;
import vn.edu.platform.studentrecord.record.application.port.in.Actor.Capacity;
import vn.edu.platform.studentrecord.record.application.port.in.RecordQuery;
import vn.edu.platform.studentrecord.record.application.port.in.SignRecordsUseCase;
import vn.edu.platform.studentrecord.record.application.port.out.RecordDocuments;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner.DocumentToSign;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner.SignedGroup;
import vn.edu.platform.studentrecord.record.application.port.out.SchoolRecordRepository;
import vn.edu.platform.studentrecord.record.application.port.out.SignatureStore;
import vn.edu.platform.studentrecord.record.application.port.out.SignerRegisterCheck;
import vn.edu.platform.studentrecord.record.application.port.out.SigningJobRepository;
import vn.edu.platform.studentrecord.record.domain.RecordSignature;
import vn.edu.platform.studentrecord.record.domain.RecordStatus;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.SigningJob;

/**
 * Bulk signing. The request decides who may sign what and records the job; a worker thread then
 * opens the signer's credential at the CA, asks the register of signers whether its certificate may
 * sign for the school in that capacity now (nothing is signed, and no code is sent, otherwise),
 * signs every record's canonical document under one confirmation, and stores each record's
 * signature with its transition. A record that changed while the signer confirmed (reopened, or its
 * document no longer the one signed) is skipped rather than given a signature of something else.
 */
@Service
class SigningJobService implements SignRecordsUseCase {

  private static final Logger log = LoggerFactory.getLogger(SigningJobService.class);

  /** How long a job waits for the signer's code: the CA's code lives five minutes. */
  static final Duration CODE_WAIT = Duration.ofMinutes(5);

  /** A job not finished this long after it started has lost its worker. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);

  private final SchoolRecordRepository records;
  private final vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery enrolments;
  private final SigningJobRepository jobs;
  private final RecordSigner signer;
  private final SignerRegisterCheck register;
  private final SignatureStore signatures;
  private final RecordDocuments documents;
  private final RecordChanges changes;
  private final TaskExecutor executor;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SigningJobService(
      SchoolRecordRepository records,
      vn.edu.platform.studentrecord.student.application.port.in.EnrolmentQuery enrolments,
      SigningJobRepository jobs,
      RecordSigner signer,
      SignerRegisterCheck register,
      SignatureStore signatures,
      RecordDocuments documents,
      RecordChanges changes,
      @Qualifier("signingJobExecutor") TaskExecutor executor,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.records = records;
    this.enrolments = enrolments;
    this.jobs = jobs;
    this.signer = signer;
    this.register = register;
    this.signatures = signatures;
    this.documents = documents;
    this.changes = changes;
    this.executor = executor;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Override
  public SigningJob start(StartSigning c) {
    SigningJob job =
        transactions.execute(
            tx -> {
              List<SchoolRecord> toSign = recordsToSign(c);
              SigningJob started =
                  SigningJob.start(
                      UUID.randomUUID(),
                      c.schoolCode(),
                      c.schoolYear(),
                      c.role(),
                      c.classId(),
                      c.actor().login(),
                      toSign.stream().map(SchoolRecord::id).toList(),
                      clock.instant());
              jobs.insert(started);
              return started;
            });
    executor.execute(() -> run(job));
    return job;
  }

  @Override
  public SigningJob submitCode(Actor actor, UUID jobId, String code) {
    SigningJob job = job(actor, jobId);
    if (!actor.login().equals(job.signerLogin())) {
      throw new AccessDenied(job.schoolCode());
    }
    if (job.status() != SigningJob.Status.AWAITING_CODE || !jobs.offerCode(jobId, code)) {
      throw new StateConflict(
          "signing-job-not-waiting",
          "The signing job is " + job.status() + ", not waiting for a code");
    }
    return jobs.find(jobId).orElseThrow();
  }

  @Override
  public SigningJob job(Actor actor, UUID jobId) {
    SigningJob job =
        jobs.find(jobId).orElseThrow(() -> new NotFound("signing-job-not-found", jobId));
    if (!actor.worksAt(job.schoolCode())) {
      throw new NotFound("signing-job-not-found", jobId);
    }
    if (!job.status().finished()
        && job.createdAt().plus(ABANDONED_AFTER).isBefore(clock.instant())) {
      // its worker is gone (the instance stopped while the job waited or signed): say so rather
      // than let the job wait for ever
      SigningJob failed = job.failed("signing-interrupted", clock.instant());
      update(failed);
      return failed;
    }
    return job;
  }

  /** The records the job signs: those waiting for the caller's signature, all or the ones named. */
  private List<SchoolRecord> recordsToSign(StartSigning c) {
    Actor actor = c.actor();
    if (!actor.worksAt(c.schoolCode()) || actor.login() == null) {
      throw new NotFound("school-not-found", c.schoolCode());
    }
    boolean teacher = c.role() == SignerRole.HOMEROOM_TEACHER;
    if (teacher && c.classId() == null) {
      throw new StateConflict(
          "class-required", "The homeroom teacher signs the records of one class: name it");
    }
    if (teacher
        && !enrolments
            .schoolClass(c.classId())
            .filter(k -> k.schoolCode().equals(c.schoolCode()))
            .map(k -> actor.login().equals(k.homeroomTeacher()))
            .orElse(false)) {
      // decided before anything else: only the class's homeroom teacher signs its records
      throw new AccessDenied(c.schoolCode());
    }
    if (!teacher && !actor.is(Capacity.PRINCIPAL)) {
      throw new AccessDenied(c.schoolCode());
    }
    if (c.role() != SignerRole.HOMEROOM_TEACHER && c.role() != SignerRole.PRINCIPAL) {
      throw new StateConflict(
          "signature-role", "A record is signed as HOMEROOM_TEACHER or PRINCIPAL");
    }
    RecordStatus waiting = teacher ? RecordStatus.CONFIRMED : RecordStatus.SIGNED_BY_TEACHER;
    List<SchoolRecord> candidates;
    if (c.recordIds() != null) {
      candidates = new ArrayList<>();
      for (UUID id : c.recordIds()) {
        SchoolRecord record =
            records
                .find(id)
                .filter(r -> r.placement().schoolCode().equals(c.schoolCode()))
                .orElseThrow(() -> new NotFound("record-not-found", id));
        record.requireSignable(c.role());
        candidates.add(record);
      }
    } else {
      candidates =
          records
              .list(
                  new RecordQuery.Filter(
                      c.schoolCode(), c.schoolYear(), c.classId(), waiting, null),
                  0,
                  Integer.MAX_VALUE)
              .items();
    }
    if (teacher) {
      for (SchoolRecord record : candidates) {
        if (!actor.login().equals(record.placement().homeroomTeacher())) {
          throw new AccessDenied(c.schoolCode());
        }
      }
    }
    return candidates;
  }

  private void run(SigningJob job) {
    try (RecordSigner.Session session = signer.open(job.signerLogin(), codesFor(job))) {
      SignerRegisterCheck.Allowed allowed =
          register.require(
              session.certificateFingerprint(), job.schoolCode(), job.role(), clock.instant());
      if (!allowed.holderLogin().equals(job.signerLogin())) {
        throw new StateConflict(
            "certificate-of-another-person", "The certificate is registered to another person");
      }
      Map<UUID, SchoolRecord> read = new HashMap<>();
      List<DocumentToSign> docs = new ArrayList<>();
      transactions.executeWithoutResult(
          tx -> {
            Map<UUID, SchoolRecord> found = records.findAll(job.recordIds(), false);
            for (UUID id : job.recordIds()) {
              SchoolRecord r = found.get(id);
              if (r != null && isWaiting(r, job)) {
                read.put(r.id(), r);
                docs.add(
                    new DocumentToSign(
                        r.id(), RecordDocuments.documentName(r), documents.canonicalDocument(r)));
              }
            }
          });
      long prepared = System.nanoTime();
      List<SignedGroup> groups = docs.isEmpty() ? List.of() : session.sign(docs);
      long signedNanos = System.nanoTime();
      Instant signedAt = clock.instant();
      int[] counts =
          transactions.execute(
              tx ->
                  store(
                      job,
                      session.certificateFingerprint(),
                      allowed,
                      docs,
                      read,
                      groups,
                      signedAt));
      update(jobs.find(job.id()).orElseThrow().completed(counts[0], counts[1], clock.instant()));
      log.info(
          "signing job {}: {} records signed, {} skipped; signing (code wait included) {} ms,"
              + " storing {} ms",
          job.id(),
          counts[0],
          counts[1],
          (signedNanos - prepared) / 1_000_000,
          (System.nanoTime() - signedNanos) / 1_000_000);
    } catch (RemoteSigningRefused refused) {
      fail(job, refused.code());
    } catch (ApplicationException refused) {
      fail(job, refused.code());
    } catch (RuntimeException e) {
      log.error("signing job {} failed", job.id(), e);
      fail(job, "signing-failed");
    }
  }

  /**
   * Stores each record's signature if the record is still the one signed (same revision); [signed,
   * skipped]. Only the revisions are read again, under the rows' locks: a record at the revision
   * read before signing is the record read then, so its transition starts from that copy rather
   * than from its content fetched and parsed a second time.
   */
  private int[] store(
      SigningJob job,
      String fingerprint,
      SignerRegisterCheck.Allowed allowed,
      List<DocumentToSign> docs,
      Map<UUID, SchoolRecord> read,
      List<SignedGroup> groups,
      Instant signedAt) {
    signatures.storeGroups(job.id(), groups);
    Map<String, UUID> groupOf = new HashMap<>();
    Map<String, Integer> positionOf = new HashMap<>();
    for (SignedGroup group : groups) {
      for (int i = 0; i < group.names().size(); i++) {
        groupOf.put(group.names().get(i), group.groupId());
        positionOf.put(group.names().get(i), i);
      }
    }
    int signed = 0;
    int skipped = 0;
    List<SignatureStore.Entry> entries = new ArrayList<>();
    List<SchoolRecord> changed = new ArrayList<>();
    List<vn.edu.platform.studentrecord.record.domain.RecordEvent> events = new ArrayList<>();
    Map<UUID, Long> current =
        records.lockRevisions(docs.stream().map(DocumentToSign::recordId).toList());
    for (DocumentToSign doc : docs) {
      SchoolRecord record = read.get(doc.recordId());
      Long revision = current.get(doc.recordId());
      // every change of a record raises its revision: the same revision is the document signed
      if (record == null || revision == null || record.revision() != revision) {
        skipped++;
        continue;
      }
      RecordSignature signature =
          new RecordSignature(
              job.role(),
              allowed.signerRole(),
              job.signerLogin(),
              fingerprint,
              signedAt,
              allowed.delegationDecision(),
              job.id());
      var change = record.signed(signature);
      changed.add(change.state());
      events.addAll(change.events());
      entries.add(
          new SignatureStore.Entry(
              record.id(),
              signature,
              groupOf.get(doc.name()),
              doc.name(),
              sha256(doc.canonical()),
              positionOf.get(doc.name())));
      signed++;
    }
    // a signature changes the record's status and revision only: its content is not sent again
    records.updateStates(changed);
    signatures.storeEntries(entries);
    changes.record(events);
    return new int[] {signed, skipped + (job.recordIds().size() - docs.size())};
  }

  private static boolean isWaiting(SchoolRecord record, SigningJob job) {
    RecordStatus waiting =
        job.role() == SignerRole.HOMEROOM_TEACHER
            ? RecordStatus.CONFIRMED
            : RecordStatus.SIGNED_BY_TEACHER;
    return record.supersededBy() == null
        && record.status() == waiting
        && (job.role() != SignerRole.HOMEROOM_TEACHER
            || job.signerLogin().equals(record.placement().homeroomTeacher()));
  }

  /**
   * The job's side of the CA's confirmation: marks the job as waiting, then waits for the code the
   * signer hands it through the API (any instance of the service may receive it: it goes through
   * the database).
   */
  private vn.edu.platform.signing.remote.OneTimeCodes codesFor(SigningJob job) {
    return (credential, count) -> {
      update(jobs.find(job.id()).orElseThrow().awaitingCode());
      Instant deadline = clock.instant().plus(CODE_WAIT);
      while (clock.instant().isBefore(deadline)) {
        var code = jobs.takeCode(job.id());
        if (code.isPresent()) {
          update(jobs.find(job.id()).orElseThrow().signing());
          return code.get();
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
      return null;
    };
  }

  private void fail(SigningJob job, String code) {
    try {
      update(jobs.find(job.id()).orElseThrow().failed(code, clock.instant()));
    } catch (RuntimeException e) {
      log.error("could not record the failure of signing job {}", job.id(), e);
    }
  }

  private void update(SigningJob job) {
    transactions.executeWithoutResult(tx -> jobs.update(job));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
