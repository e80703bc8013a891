package vn.edu.platform.studentrecord.extract.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.edu.platform.kernel.AuditLog;
import vn.edu.platform.kernel.NotFound;
import vn.edu.platform.studentrecord.extract.application.port.in.PublicVerificationQuery.SignatureCheck;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractEventPublisher;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRenderer;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractRepository;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal;
import vn.edu.platform.studentrecord.extract.application.port.out.SignedRecords;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractDocument;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.extract.domain.ExtractedRecord;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;

/**
 * Fakes of the extracts' out-ports, in memory, each recording what it was asked, so the use cases
 * are tested without PostgreSQL, PDFBox or a key.
 */
final class ExtractFakes {

  static final Instant NOW = Instant.parse("2026-06-02T02:15:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String PUBLIC_URL = "https://hocba.haiphong.edu.vn";

  private ExtractFakes() {}

  /** Records as the record feature would hand them; some hidden from some callers. */
  static final class Records implements SignedRecords {

    private final Map<UUID, ReadRecord> records = new HashMap<>();
    private final Map<UUID, Set<String>> hiddenFrom = new HashMap<>();
    final List<String> verificationPurposes = new ArrayList<>();
    boolean authentic = true;

    Records with(ExtractedRecord record) {
      records.put(record.recordId(), new Signed(record));
      return this;
    }

    Records unsigned(UUID recordId, String schoolCode, String status) {
      records.put(recordId, new Unsigned(recordId, schoolCode, status));
      return this;
    }

    /** The record feature would not let a caller of this unit read the record. */
    Records hiddenFrom(UUID recordId, String unitCode) {
      hiddenFrom.computeIfAbsent(recordId, id -> new HashSet<>()).add(unitCode);
      return this;
    }

    @Override
    public ReadRecord readableBy(Actor actor, UUID recordId) {
      ReadRecord record = records.get(recordId);
      if (record == null
          || hiddenFrom
              .getOrDefault(recordId, Set.of())
              .contains(String.valueOf(actor.unitCode()))) {
        throw new NotFound("record-not-found", recordId);
      }
      return record;
    }

    @Override
    public Optional<VerifiedRecord> verifiedForCodeHolder(UUID recordId, String purpose) {
      verificationPurposes.add(purpose);
      return Optional.ofNullable(records.get(recordId))
          .filter(Signed.class::isInstance)
          .map(
              r ->
                  new VerifiedRecord(
                      ((Signed) r).record(),
                      authentic,
                      ((Signed) r)
                          .record().signers().stream()
                              .map(
                                  s ->
                                      new SignatureCheck(
                                          s.role(), s.signedAt(), authentic ? "VALID" : "INVALID"))
                              .toList()));
    }
  }

  /** The log and the registers' counters, as the table and its counter rows would keep them. */
  static final class Repository implements ExtractRepository {

    final Map<String, Long> counters = new HashMap<>();
    final List<Extract> log = new ArrayList<>();

    @Override
    public long nextSequence(String schoolCode, String schoolYear) {
      return counters.merge(schoolCode + "/" + schoolYear, 1L, Long::sum);
    }

    @Override
    public void insert(Extract extract) {
      log.add(extract);
    }

    @Override
    public List<Extract> ofRecord(UUID recordId) {
      return log.stream()
          .filter(e -> e.recordId().equals(recordId))
          .sorted(Comparator.comparing(e -> e.number().value()))
          .toList();
    }

    @Override
    public Optional<Extract> find(UUID recordId, ExtractNumber number) {
      return ofRecord(recordId).stream().filter(e -> e.number().equals(number)).findFirst();
    }

    @Override
    public Optional<Extract> byCodeHash(UUID recordId, String verificationCodeHash) {
      return ofRecord(recordId).stream()
          .filter(e -> e.verificationCodeHash().equals(verificationCodeHash))
          .findFirst();
    }
  }

  /** Keeps every document it is asked to draw; the "PDF" names the extract. */
  static final class Renderer implements ExtractRenderer {

    final List<ExtractDocument> drawn = new ArrayList<>();

    @Override
    public byte[] render(ExtractDocument document) {
      drawn.add(document);
      return ("%PDF-1.7 extract " + document.number()).getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** Appends a mark, as the seal's incremental update would append a signature. */
  static final class Seal implements ExtractSeal {

    boolean unavailable;

    @Override
    public byte[] seal(byte[] pdf) {
      if (unavailable) {
        throw new SealUnavailable("no key in this test");
      }
      byte[] mark = " %sealed".getBytes(StandardCharsets.US_ASCII);
      byte[] sealed = new byte[pdf.length + mark.length];
      System.arraycopy(pdf, 0, sealed, 0, pdf.length);
      System.arraycopy(mark, 0, sealed, pdf.length, mark.length);
      return sealed;
    }
  }

  static final class Events implements ExtractEventPublisher {

    final List<Extract> published = new ArrayList<>();

    @Override
    public void issued(Extract extract) {
      published.add(extract);
    }
  }

  record AuditEntry(
      AuditLog.Action action, String subjectType, String subjectId, String unit, String purpose) {}

  static final class Audit implements AuditLog {

    final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(
        Action action, String subjectType, String subjectId, String unitCode, String purpose) {
      entries.add(new AuditEntry(action, subjectType, subjectId, unitCode, purpose));
    }
  }
}
