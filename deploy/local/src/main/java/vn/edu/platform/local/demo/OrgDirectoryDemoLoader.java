package vn.edu.platform.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.runtime.process.Await;

/**
 * The organisation directory into plan-service, which owns it: the current tree's CSV is uploaded
 * to the org-directory import ({@code POST /api/v1/plans/imports/org-units}, multipart field {@code
 * file}) and the import job the answer names is polled until it is {@code COMPLETED} or {@code
 * FAILED}. The file is generated deterministically, so a second start uploads the same bytes, and
 * plan-service answers an upload of a file it already imported (same SHA-256) with that import's
 * job instead of importing it again.
 *
 * <p>No {@code Idempotency-Key} is sent: the platform starter's idempotency filter reads the body
 * to hash it, after which the servlet container finds no multipart parts (the upload is answered
 * {@code 400 import-file-missing}); the content hash makes the key unnecessary here.
 */
public final class OrgDirectoryDemoLoader implements DemoDataLoader {

  static final String IMPORT_PATH = "/api/v1/plans/imports/org-units";
  private static final Set<String> FINAL_STATUSES = Set.of("COMPLETED", "FAILED");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String description() {
    return "organisation directory";
  }

  @Override
  public String service() {
    return "plan-service";
  }

  @Override
  public String load(DemoContext context) {
    try {
      byte[] file = Files.readAllBytes(context.data().orgUnitsCurrent());
      Multipart body =
          Multipart.withFile(
              "file", context.data().orgUnitsCurrent().getFileName().toString(), file);
      HttpRequest upload =
          HttpRequest.newBuilder(context.gateway().resolve(IMPORT_PATH))
              .timeout(context.timeout())
              .header("Authorization", "Bearer " + context.departmentToken().get())
              .header("Content-Type", body.contentType())
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
              .build();
      HttpResponse<String> answer =
          context.http().send(upload, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() / 100 != 2) {
        throw new DemoDataException(
            "POST " + IMPORT_PATH + " answered " + answer.statusCode() + ": " + answer.body());
      }
      URI job = context.gateway().resolve(jobLocation(answer));
      context.progress().accept("org-units import job " + job.getPath());
      JsonNode finalState = awaitJob(context, job);
      String status = finalState.path("status").asString();
      if (!"COMPLETED".equals(status)) {
        throw new DemoDataException(
            "import job " + job.getPath() + " " + status + ": " + finalState);
      }
      long rejected = finalState.path("rowsRejected").asLong(0);
      String outcome =
          finalState.path("rowsAccepted").asLong(0)
              + " of "
              + context.data().tree().current().size()
              + " units accepted, "
              + rejected
              + " rejected (import job "
              + job.getPath()
              + ")";
      if (rejected > 0) {
        throw new DemoDataException(outcome + "; the rows' errors: " + job.getPath() + "/errors");
      }
      return outcome;
    } catch (IOException e) {
      throw new DemoDataException("org-units import failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoDataException("interrupted", e);
    }
  }

  /**
   * A new import is answered {@code 202} with the job's {@code Location}; a file imported before is
   * answered {@code 200} with that earlier job, whose {@code links.self} says where it is.
   */
  private static String jobLocation(HttpResponse<String> answer) {
    return answer
        .headers()
        .firstValue("Location")
        .or(
            () ->
                java.util.Optional.of(JSON.readTree(answer.body()).path("links").path("self"))
                    .filter(JsonNode::isString)
                    .map(JsonNode::asString))
        .orElseThrow(
            () ->
                new DemoDataException(
                    "POST "
                        + IMPORT_PATH
                        + " answered "
                        + answer.statusCode()
                        + " without the location of its job: "
                        + answer.body()));
  }

  private static JsonNode awaitJob(DemoContext context, URI job) {
    AtomicReference<JsonNode> state = new AtomicReference<>();
    try {
      Await.until(
          "import job " + job.getPath(),
          context.timeout(),
          () -> {
            state.set(jobState(context, job));
            return FINAL_STATUSES.contains(state.get().path("status").asString());
          },
          () -> {});
    } catch (Await.TimedOut e) {
      throw new DemoDataException(e.getMessage() + ", last state " + state.get(), e);
    }
    return state.get();
  }

  private static JsonNode jobState(DemoContext context, URI job) {
    HttpRequest poll =
        HttpRequest.newBuilder(job)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + context.departmentToken().get())
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<String> answer =
          context.http().send(poll, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new DemoDataException(
            "GET " + job.getPath() + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new DemoDataException("GET " + job.getPath() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoDataException("interrupted", e);
    }
  }
}
