package vn.edu.platform.local.demo;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The five plans of the department's seed documents, recorded in plan-service through its own API:
 * each {@code .json} file of this module's resource folder {@code demo/plans/} is the body of
 * {@code POST /api/v1/plans} (see the README there). A plan recorded at an earlier start answers
 * {@code 409 plan-exists}, which counts as loaded, so a second start is quick and changes nothing.
 */
public final class PlanSeedsDemoLoader implements DemoDataLoader {

  static final String PLANS_PATH = "/api/v1/plans";

  /** The resource folder of the seed plans, in this module's jar (or its classes folder). */
  static final String SEEDS_RESOURCE = "/demo/plans";

  private final Path seeds;

  public PlanSeedsDemoLoader() {
    this(ClasspathFolder.path(SEEDS_RESOURCE));
  }

  PlanSeedsDemoLoader(Path seeds) {
    this.seeds = seeds;
  }

  @Override
  public String description() {
    return "plans of the seed documents";
  }

  @Override
  public String service() {
    return "plan-service";
  }

  @Override
  public String load(DemoContext context) {
    List<Path> documents = documents();
    int created = 0;
    int existing = 0;
    for (Path document : documents) {
      int status = post(context, document);
      if (status == 201) {
        created++;
      } else if (status == 409) {
        existing++;
      }
    }
    return created + " plans recorded, " + existing + " already there (" + seeds + ")";
  }

  List<Path> documents() {
    try (Stream<Path> files = Files.list(seeds)) {
      List<Path> documents =
          files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      if (documents.isEmpty()) {
        throw new DemoDataException("no plan documents in " + seeds);
      }
      return documents;
    } catch (IOException e) {
      throw new DemoDataException("cannot read the plan documents in " + seeds, e);
    }
  }

  private static int post(DemoContext context, Path document) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(context.gateway().resolve(PLANS_PATH))
              .timeout(context.timeout())
              .header("Authorization", "Bearer " + context.departmentToken().get())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("Idempotency-Key", UUID.randomUUID().toString())
              .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(document)))
              .build();
      HttpResponse<String> answer =
          context.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 201 && answer.statusCode() != 409) {
        throw new DemoDataException(
            "POST "
                + PLANS_PATH
                + " with "
                + document.getFileName()
                + " answered "
                + answer.statusCode()
                + ": "
                + answer.body());
      }
      context.progress().accept("plan " + document.getFileName() + ": " + answer.statusCode());
      return answer.statusCode();
    } catch (IOException e) {
      throw new DemoDataException("POST " + PLANS_PATH + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoDataException("interrupted", e);
    }
  }
}
