package vn.edu.platform.starter.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.platform.starter.security.Caller;
import vn.edu.platform.starter.security.CurrentCaller;

/**
 * The append-only, hash-chained audit trail of personal records ({@code platform.audit_event}).
 *
 * <p>Changes are recorded in the business transaction (an audited change and its trail entry commit
 * or roll back together); reads with {@link #recordRead}, which joins the current transaction if
 * there is one. Appends are serialised per database by a transaction-scoped advisory lock so the
 * chain stays linear; at the volumes of a provincial department (thousands of audited accesses an
 * hour) that costs far less than a lost link would.
 *
 * <p>The chain alone cannot show that its newest entries were deleted: what remains still links.
 * With a checkpoint key configured, {@link AuditCheckpointer} anchors the head outside the database
 * and {@link #verify()} compares the chain with those checkpoints (ADR 0005).
 */
public class AuditTrail {

  static final String GENESIS = "0".repeat(64);
  private static final long CHAIN_LOCK = 0x6564755f61756469L; // "edu_audi"
  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

  private final JdbcClient jdbc;
  private final CurrentCaller currentCaller;
  private final Clock clock;
  private final Anchors anchors;

  /** A trail without anchoring: verification checks the chain only. */
  public AuditTrail(JdbcClient jdbc, CurrentCaller currentCaller, Clock clock) {
    this(jdbc, currentCaller, clock, null, null, null);
  }

  /**
   * A trail anchored by the checkpoints of {@code service} in {@code checkpoints}, of which only
   * those {@code signer} finds authentic count.
   */
  public AuditTrail(
      JdbcClient jdbc,
      CurrentCaller currentCaller,
      Clock clock,
      AuditCheckpointStore checkpoints,
      CheckpointSigner signer,
      String service) {
    this.jdbc = jdbc;
    this.currentCaller = currentCaller;
    this.clock = clock;
    this.anchors = checkpoints == null ? null : new Anchors(checkpoints, signer, service);
  }

  /** Who an entry names: the request's caller, else the requester of the work, else the system. */
  private record Actor(String subject, @Nullable String client, @Nullable String orgUnit) {}

  /** The person a background job works for, on this thread, while {@link #actingFor} is open. */
  private static final ThreadLocal<Actor> REQUESTER = new ThreadLocal<>();

  /** Closes an {@link #actingFor} scope. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Until the scope closes, entries this thread records without a request's caller name {@code
   * subject} of {@code orgUnit}, the person who asked for the work, instead of "system": an import
   * job runs on a worker thread long after the upload's request ended, but the rows it stores are
   * the uploader's doing.
   */
  public static Scope actingFor(String subject, @Nullable String orgUnit) {
    Actor previous = REQUESTER.get();
    REQUESTER.set(new Actor(Objects.requireNonNull(subject, "subject"), null, orgUnit));
    return () -> {
      if (previous == null) {
        REQUESTER.remove();
      } else {
        REQUESTER.set(previous);
      }
    };
  }

  private Actor actor() {
    Caller caller = currentCaller.find().orElse(null);
    if (caller != null) {
      return new Actor(caller.subject(), caller.clientId(), caller.orgUnit());
    }
    Actor requester = REQUESTER.get();
    return requester != null ? requester : new Actor("system", null, null);
  }

  /** The newest entry's sequence number and hash. */
  public record ChainHead(long seq, String hash) {}

  /** Records an access by the current caller (or the system when there is none). */
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry record(
      AuditAction action, String resourceType, String resourceId, String orgUnit, String purpose) {
    Actor actor = actor();
    return append(
        actor.subject(),
        actor.client(),
        actor.orgUnit(),
        action.name(),
        resourceType,
        resourceId,
        orgUnit,
        purpose,
        "SUCCESS");
  }

  /** Records a read; the same as {@link #record} with {@link AuditAction#READ}. */
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry recordRead(
      String resourceType, String resourceId, String orgUnit, String purpose) {
    return record(AuditAction.READ, resourceType, resourceId, orgUnit, purpose);
  }

  /** An entry to append: what, to which record of which unit, why. */
  public record Draft(
      AuditAction action, String resourceType, String resourceId, String orgUnit, String purpose) {}

  /**
   * Records several accesses of the current caller, chained in the order given, under one lock and
   * with one read of the chain's head: a bulk use case's entries cost one insert statement per 500
   * entries instead of three statements per entry.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordAll(java.util.List<Draft> drafts) {
    if (drafts.isEmpty()) {
      return;
    }
    Actor actor = actor();
    String subject = actor.subject();
    String client = actor.client();
    String actorUnit = actor.orgUnit();
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
    var last =
        jdbc.sql("SELECT seq, hash FROM platform.audit_event ORDER BY seq DESC LIMIT 1")
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    long seq = last.map(row -> (Long) row[0]).orElse(0L);
    String prevHash = last.map(row -> (String) row[1]).orElse(GENESIS);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String trace = MDC.get("traceId");
    java.util.List<AuditEntry> entries = new java.util.ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Objects.requireNonNull(d.resourceType(), "resourceType");
      Objects.requireNonNull(d.resourceId(), "resourceId");
      Objects.requireNonNull(d.purpose(), "purpose: the law requires a purpose for every access");
      AuditEntry unsigned =
          new AuditEntry(
              ++seq,
              UUID.randomUUID(),
              now,
              subject,
              client,
              actorUnit,
              d.action().name(),
              d.resourceType(),
              d.resourceId(),
              d.orgUnit(),
              d.purpose(),
              "SUCCESS",
              trace,
              prevHash,
              null);
      String hash = hashOf(unsigned);
      entries.add(withHash(unsigned, hash));
      prevHash = hash;
    }
    for (int from = 0; from < entries.size(); from += 500) {
      var chunk = entries.subList(from, Math.min(entries.size(), from + 500));
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO platform.audit_event (seq, id, occurred_at, actor_subject, actor_client,"
                  + " actor_org_unit, action, resource_type, resource_id, org_unit, purpose,"
                  + " outcome, trace_id, prev_hash, hash) VALUES ");
      java.util.Map<String, Object> params = new java.util.HashMap<>();
      for (int i = 0; i < chunk.size(); i++) {
        AuditEntry e = chunk.get(i);
        String row =
            "(:seq%1$d, :id%1$d, :at%1$d, :subject%1$d, :client%1$d, :actorUnit%1$d,"
                + " :action%1$d, :type%1$d, :resourceId%1$d, :unit%1$d, :purpose%1$d,"
                + " :outcome%1$d, :trace%1$d, :prev%1$d, :hash%1$d)";
        sql.append(i == 0 ? "" : ", ").append(row.formatted(i));
        params.put("seq" + i, e.seq());
        params.put("id" + i, e.id());
        params.put("at" + i, Timestamp.from(e.occurredAt()));
        params.put("subject" + i, e.actorSubject());
        params.put("client" + i, e.actorClient());
        params.put("actorUnit" + i, e.actorOrgUnit());
        params.put("action" + i, e.action());
        params.put("type" + i, e.resourceType());
        params.put("resourceId" + i, e.resourceId());
        params.put("unit" + i, e.orgUnit());
        params.put("purpose" + i, e.purpose());
        params.put("outcome" + i, e.outcome());
        params.put("trace" + i, e.traceId());
        params.put("prev" + i, e.prevHash());
        params.put("hash" + i, e.hash());
      }
      jdbc.sql(sql.toString()).params(params).update();
    }
  }

  /** Appends one entry, linking it to the last one. */
  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry append(
      String actorSubject,
      String actorClient,
      String actorOrgUnit,
      String action,
      String resourceType,
      String resourceId,
      String orgUnit,
      String purpose,
      String outcome) {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(purpose, "purpose: the law requires a purpose for every access");
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query().singleRow();
    var last =
        jdbc.sql("SELECT seq, hash FROM platform.audit_event ORDER BY seq DESC LIMIT 1")
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
    String prevHash = last.map(row -> (String) row[1]).orElse(GENESIS);
    // PostgreSQL keeps microseconds: hash what will be read back.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AuditEntry unsigned =
        new AuditEntry(
            seq,
            UUID.randomUUID(),
            now,
            actorSubject,
            actorClient,
            actorOrgUnit,
            action,
            resourceType,
            resourceId,
            orgUnit,
            purpose,
            outcome,
            MDC.get("traceId"),
            prevHash,
            null);
    String hash = hashOf(unsigned);
    jdbc.sql(
            """
            INSERT INTO platform.audit_event
              (seq, id, occurred_at, actor_subject, actor_client, actor_org_unit, action,
               resource_type, resource_id, org_unit, purpose, outcome, trace_id, prev_hash, hash)
            VALUES (:seq, :id, :at, :subject, :client, :actorUnit, :action, :type, :resourceId,
                    :unit, :purpose, :outcome, :trace, :prev, :hash)
            """)
        .param("seq", seq)
        .param("id", unsigned.id())
        .param("at", Timestamp.from(now))
        .param("subject", actorSubject)
        .param("client", actorClient)
        .param("actorUnit", actorOrgUnit)
        .param("action", action)
        .param("type", resourceType)
        .param("resourceId", resourceId)
        .param("unit", orgUnit)
        .param("purpose", purpose)
        .param("outcome", outcome)
        .param("trace", unsigned.traceId())
        .param("prev", prevHash)
        .param("hash", hash)
        .update();
    return withHash(unsigned, hash);
  }

  /** Entries matching the filter, newest first. */
  public List<AuditEntry> find(AuditQuery query) {
    return jdbc.sql(
            """
            SELECT * FROM platform.audit_event
             WHERE (CAST(:type AS TEXT) IS NULL OR resource_type = :type)
               AND (CAST(:resourceId AS TEXT) IS NULL OR resource_id = :resourceId)
               AND (CAST(:actor AS TEXT) IS NULL OR actor_subject = :actor)
               AND (CAST(:unit AS TEXT) IS NULL OR org_unit = :unit)
               AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR occurred_at >= :from)
               AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR occurred_at < :to)
             ORDER BY seq DESC
             LIMIT :limit OFFSET :offset
            """)
        .param("type", query.resourceType())
        .param("resourceId", query.resourceId())
        .param("actor", query.actorSubject())
        .param("unit", query.orgUnit())
        .param("from", query.from() == null ? null : Timestamp.from(query.from()))
        .param("to", query.to() == null ? null : Timestamp.from(query.to()))
        .param("limit", query.size())
        .param("offset", (long) query.page() * query.size())
        .query(AuditTrail::mapRow)
        .list();
  }

  /** The head of the chain, empty while the trail is empty. */
  public Optional<ChainHead> head() {
    return jdbc.sql("SELECT seq, hash FROM platform.audit_event ORDER BY seq DESC LIMIT 1")
        .query((rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  /**
   * Walks the whole chain in order and recomputes every hash, then holds it against the
   * checkpoints: an entry a checkpoint anchored must still have the anchored hash ({@code
   * checkpoint-mismatch}), and the chain must reach the newest checkpoint ({@code tail-truncated},
   * at the first missing sequence number). Streams the rows, so the trail of years can be checked
   * in constant memory; the checkpoints are read first (one small record per interval).
   */
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    Map<Long, String> anchored = anchors == null ? Map.of() : anchors.authentic();
    long anchoredHead = anchored.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    var state =
        new Object() {
          long checked;
          long expectedSeq = 1;
          String prevHash = GENESIS;
          ChainVerification broken;
        };
    Consumer<AuditEntry> check =
        entry -> {
          if (state.broken != null) {
            return;
          }
          if (entry.seq() != state.expectedSeq) {
            state.broken =
                ChainVerification.broken(state.checked, state.expectedSeq, "missing-entry");
          } else if (!entry.prevHash().equals(state.prevHash)) {
            state.broken = ChainVerification.broken(state.checked, entry.seq(), "broken-link");
          } else if (!hashOf(entry).equals(entry.hash())) {
            state.broken = ChainVerification.broken(state.checked, entry.seq(), "content-changed");
          } else if (anchored.containsKey(entry.seq())
              && !anchored.get(entry.seq()).equals(entry.hash())) {
            state.broken =
                ChainVerification.broken(state.checked, entry.seq(), "checkpoint-mismatch");
          } else {
            state.checked++;
            state.expectedSeq++;
            state.prevHash = entry.hash();
          }
        };
    jdbc
        .sql("SELECT * FROM platform.audit_event ORDER BY seq")
        .withFetchSize(1000)
        .query(AuditTrail::mapRow)
        .stream()
        .forEach(check);
    if (state.broken != null) {
      return state.broken;
    }
    if (state.expectedSeq <= anchoredHead) {
      // What remains links, but a checkpoint saw entries up to anchoredHead.
      return ChainVerification.broken(state.checked, state.expectedSeq, "tail-truncated");
    }
    return ChainVerification.intact(state.checked);
  }

  /** The checkpoints verification holds the chain against. */
  private record Anchors(AuditCheckpointStore store, CheckpointSigner signer, String service) {

    /** Anchored hash by sequence number, from the authentic checkpoints only. */
    Map<Long, String> authentic() {
      Map<Long, String> bySeq = new HashMap<>();
      long forged = 0;
      for (AuditCheckpoint checkpoint : store.findAll(service)) {
        if (signer.isAuthentic(checkpoint) && service.equals(checkpoint.service())) {
          bySeq.putIfAbsent(checkpoint.lastSeq(), checkpoint.headHash());
        } else {
          forged++;
        }
      }
      if (forged > 0) {
        // Someone without the key wrote to the checkpoint store: worth an alert, but such a
        // record proves nothing about the chain, so it is not held against it.
        log.warn("{} audit checkpoints of {} are not authentic and were ignored", forged, service);
      }
      return bySeq;
    }
  }

  static String hashOf(AuditEntry e) {
    String canonical =
        String.join(
            "\u001f",
            Long.toString(e.seq()),
            e.id().toString(),
            e.occurredAt().toString(),
            nz(e.actorSubject()),
            nz(e.actorClient()),
            nz(e.actorOrgUnit()),
            nz(e.action()),
            nz(e.resourceType()),
            nz(e.resourceId()),
            nz(e.orgUnit()),
            nz(e.purpose()),
            nz(e.outcome()),
            nz(e.traceId()),
            e.prevHash());
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static AuditEntry withHash(AuditEntry e, String hash) {
    return new AuditEntry(
        e.seq(),
        e.id(),
        e.occurredAt(),
        e.actorSubject(),
        e.actorClient(),
        e.actorOrgUnit(),
        e.action(),
        e.resourceType(),
        e.resourceId(),
        e.orgUnit(),
        e.purpose(),
        e.outcome(),
        e.traceId(),
        e.prevHash(),
        hash);
  }

  private static AuditEntry mapRow(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getObject("id", UUID.class),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor_subject"),
        rs.getString("actor_client"),
        rs.getString("actor_org_unit"),
        rs.getString("action"),
        rs.getString("resource_type"),
        rs.getString("resource_id"),
        rs.getString("org_unit"),
        rs.getString("purpose"),
        rs.getString("outcome"),
        rs.getString("trace_id"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
