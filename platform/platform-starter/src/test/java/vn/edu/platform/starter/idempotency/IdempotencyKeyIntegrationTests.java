package vn.edu.platform.starter.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.platform.test.fixtures.OrgTreeFixture.SCHOOL_A_PRIMARY;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.edu.platform.starter.support.StarterIntegrationTest;
import vn.edu.platform.starter.testapp.notes.SlowGate;
import vn.edu.platform.test.Await;
import vn.edu.platform.test.http.TestHttp.Reply;
import vn.edu.platform.test.security.Personas;

/** The Idempotency-Key semantics of the IETF draft, each case against the real service. */
class IdempotencyKeyIntegrationTests extends StarterIntegrationTest {

  private final String token = Personas.schoolAdmin(SCHOOL_A_PRIMARY);

  private Reply create(String key, String text) {
    var call =
        http.post("/api/v1/test/notes")
            .token(token)
            .json(Map.of("unitCode", SCHOOL_A_PRIMARY, "text", text));
    if (key != null) {
      call.header("Idempotency-Key", key);
    }
    return call.send();
  }

  private long notesWithText(String text) {
    return jdbc.sql("SELECT count(*) FROM sample_note WHERE text = :t")
        .param("t", text)
        .query(Long.class)
        .single();
  }

  @Test
  void requiresTheKeyOnStateChangingRequests() {
    Reply reply = create(null, "no key");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asString()).isEqualTo("idempotency-key-missing");
    assertThat(notesWithText("no key")).isZero();
  }

  @Test
  void rejectsAMalformedKey() {
    Reply reply = create("x".repeat(256), "long key");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("code").asString()).isEqualTo("idempotency-key-invalid");
  }

  @Test
  void replaysTheStoredResponseForTheSameKeyAndPayload() {
    String key = UUID.randomUUID().toString();
    String text = "replay " + key;

    Reply first = create(key, text);
    Reply retry = create(key, text);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(notesWithText(text)).isEqualTo(1);
  }

  @Test
  void rejectsTheSameKeyWithADifferentPayload() {
    String key = UUID.randomUUID().toString();
    create(key, "first payload " + key);

    Reply reused = create(key, "second payload " + key);

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    assertThat(notesWithText("second payload " + key)).isZero();
  }

  @Test
  void answersConflictWhileTheFirstRequestIsStillRunning() throws Exception {
    String key = UUID.randomUUID().toString();
    CountDownLatch gate = SlowGate.close();
    try {
      CompletableFuture<Reply> first =
          CompletableFuture.supplyAsync(
              () ->
                  http.post("/api/v1/test/notes/slow")
                      .token(token)
                      .header("Idempotency-Key", key)
                      .json(Map.of("n", 1))
                      .send());
      awaitClaimed(key);

      Reply duplicate =
          http.post("/api/v1/test/notes/slow")
              .token(token)
              .header("Idempotency-Key", key)
              .json(Map.of("n", 1))
              .send();

      assertThat(duplicate.status()).isEqualTo(409);
      assertThat(duplicate.json().get("code").asString())
          .isEqualTo("idempotency-request-in-progress");
      assertThat(duplicate.header("Retry-After")).isNotNull();
      gate.countDown();
      assertThat(first.get().status()).isEqualTo(200);
    } finally {
      gate.countDown();
    }
  }

  @Test
  void freesTheKeyWhenTheRequestFailsSoTheClientCanCorrectIt() {
    String key = UUID.randomUUID().toString();
    Reply invalid =
        http.post("/api/v1/test/notes")
            .token(token)
            .header("Idempotency-Key", key)
            .json(Map.of("unitCode", SCHOOL_A_PRIMARY, "text", ""))
            .send();

    Reply corrected = create(key, "corrected " + key);

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(corrected.status()).isEqualTo(201);
  }

  @Test
  void scopesKeysPerCaller() {
    String key = UUID.randomUUID().toString();
    create(key, "caller one " + key);

    Reply otherCaller =
        http.post("/api/v1/test/notes")
            .token(Personas.teacher(SCHOOL_A_PRIMARY))
            .header("Idempotency-Key", key)
            .json(Map.of("unitCode", SCHOOL_A_PRIMARY, "text", "caller two " + key))
            .send();

    assertThat(otherCaller.status()).isEqualTo(201);
  }

  @Test
  void keepsKeysAtLeast24Hours() {
    String key = UUID.randomUUID().toString();
    create(key, "retention " + key);

    var times =
        jdbc.sql("SELECT created_at, expires_at FROM platform.idempotency_key WHERE idem_key = :k")
            .param("k", key)
            .query(
                (rs, i) ->
                    Duration.between(
                        rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)))
            .single();

    assertThat(times).isGreaterThanOrEqualTo(Duration.ofHours(24));
  }

  private void awaitClaimed(String key) {
    Await.until(
        "the first request to claim the key",
        Duration.ofSeconds(10),
        () ->
            jdbc.sql("SELECT count(*) FROM platform.idempotency_key WHERE idem_key = :k")
                    .param("k", key)
                    .query(Long.class)
                    .single()
                == 1);
  }
}
