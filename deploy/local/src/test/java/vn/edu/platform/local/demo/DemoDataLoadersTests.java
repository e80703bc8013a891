package vn.edu.platform.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataLoadersTests {

  @TempDir Path directory;

  @Test
  void loaderOfAServiceThatIsNotRunningIsSkippedWithANote() {
    List<DemoDataLoaders.Outcome> outcomes =
        DemoDataLoaders.run(
            List.of(new FixedLoader("plan-service", "loaded")), Set.of(), context());

    assertThat(outcomes)
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.status()).isEqualTo(DemoDataLoaders.Status.SKIPPED);
              assertThat(outcome.detail()).contains("plan-service is not running");
            });
  }

  @Test
  void failingLoaderIsReportedAndTheNextOneStillRuns() {
    List<DemoDataLoaders.Outcome> outcomes =
        DemoDataLoaders.run(
            List.of(
                new FixedLoader("plan-service", null),
                new FixedLoader("diploma-service", "12 diplomas")),
            Set.of("plan-service", "diploma-service"),
            context());

    assertThat(outcomes)
        .extracting(DemoDataLoaders.Outcome::status)
        .containsExactly(DemoDataLoaders.Status.FAILED, DemoDataLoaders.Status.LOADED);
    assertThat(outcomes.get(1).detail()).isEqualTo("12 diplomas");
  }

  @Test
  void registryLoadsTheOrganisationDirectoryIntoPlanServiceFirst() {
    assertThat(DemoDataLoaders.all().getFirst()).isInstanceOf(OrgDirectoryDemoLoader.class);
    assertThat(DemoDataLoaders.all().getFirst().service()).isEqualTo("plan-service");
    assertThat(DemoDataLoaders.all().get(1)).isInstanceOf(PlanSeedsDemoLoader.class);
  }

  private DemoContext context() {
    return new DemoContext(
        URI.create("http://localhost:1"),
        () -> "token",
        DemoDataSet.write(directory, 1L, DemoSize.SMALL),
        HttpClient.newHttpClient(),
        Duration.ofSeconds(5),
        line -> {});
  }

  private record FixedLoader(String service, String result) implements DemoDataLoader {
    @Override
    public String description() {
      return "fixed";
    }

    @Override
    public String load(DemoContext context) {
      if (result == null) {
        throw new DemoDataException("refused");
      }
      return result;
    }
  }
}
