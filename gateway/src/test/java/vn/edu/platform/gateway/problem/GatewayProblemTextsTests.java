package vn.edu.platform.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import vn.edu.platform.problemtexts.ProblemTexts;

/** Every problem the gateway can answer has its own title and detail in Vietnamese and English. */
class GatewayProblemTextsTests {

  /** Code and detail variant of every problem the gateway emits (null: the general detail). */
  private static final List<GatewayProblem> EMITTED =
      List.of(
          problem("bad-request", null),
          problem("unauthenticated", null),
          problem("forbidden", null),
          problem("forbidden", "cors"),
          problem("not-found", null),
          problem("method-not-allowed", null),
          problem("not-acceptable", null),
          problem("payload-too-large", null),
          problem("payload-too-large", "limit"),
          problem("unsupported-media-type", null),
          problem("rate-limited", null),
          problem("rate-limited", "retry-after"),
          problem("service-unavailable", null),
          problem("timeout", null),
          problem("internal-error", null));

  private final ProblemMessages messages = new ProblemMessages();

  @Test
  void everyEmittedProblemHasItsOwnTitleAndDetailInBothLanguages() {
    Locale vietnamese = ProblemTexts.VIETNAMESE;
    String genericTitle = messages.title("no-such-code", vietnamese);
    for (GatewayProblem problem : EMITTED) {
      String code = problem.code();
      assertThat(messages.title(code, vietnamese)).as(code).isNotBlank().isNotEqualTo(genericTitle);
      assertThat(messages.title(code, Locale.ENGLISH))
          .as(code + " in English")
          .isNotBlank()
          .isNotEqualTo(messages.title(code, vietnamese));
      assertThat(messages.detail(problem, vietnamese)).as(problem.toString()).isNotBlank();
      assertThat(messages.detail(problem, Locale.ENGLISH))
          .as(problem + " in English")
          .isNotBlank()
          .isNotEqualTo(messages.detail(problem, vietnamese));
    }
  }

  @Test
  void variantsHaveTextsOfTheirOwn() {
    for (GatewayProblem problem : EMITTED) {
      if (problem.detailVariant() != null) {
        GatewayProblem general =
            new GatewayProblem(problem.status(), problem.code(), null, List.of(1));
        assertThat(messages.detail(problem, Locale.ENGLISH))
            .as(problem.toString())
            .isNotEqualTo(messages.detail(general, Locale.ENGLISH));
      }
    }
  }

  @Test
  void theListAboveHasEveryCodeAndVariantTheGatewaysCodeUses() throws IOException {
    Set<String> listed = new HashSet<>();
    EMITTED.forEach(problem -> listed.add(problem.code()));
    Set<String> variants = new HashSet<>();
    EMITTED.stream()
        .filter(problem -> problem.detailVariant() != null)
        .forEach(problem -> variants.add(problem.detailVariant()));

    Set<String> usedCodes = new HashSet<>();
    Set<String> usedVariants = new HashSet<>();
    Pattern code = Pattern.compile("GatewayProblem\\.of\\(\\s*[\\w.]+,\\s*\"([a-z-]+)\"");
    Pattern mappedCode = Pattern.compile("->\\s*\"([a-z-]+)\";");
    Pattern variant = Pattern.compile("withDetailVariant\\(\"([a-z-]+)\"\\)");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        String text = Files.readString(source);
        collect(code.matcher(text), usedCodes);
        collect(mappedCode.matcher(text), usedCodes);
        collect(variant.matcher(text), usedVariants);
      }
    }
    assertThat(usedCodes).isNotEmpty();
    assertThat(listed).containsAll(usedCodes);
    assertThat(variants).containsAll(usedVariants);
  }

  @Test
  void readsEveryAcceptLanguageLineWithThePlatformsRule() {
    MockServerHttpRequest request =
        MockServerHttpRequest.get("/")
            .header("Accept-Language", "fr")
            .header("Accept-Language", "en;q=0.5")
            .build();
    assertThat(ProblemMessages.localeOf(request)).isEqualTo(Locale.ENGLISH);
    assertThat(ProblemMessages.localeOf(MockServerHttpRequest.get("/").build()))
        .isEqualTo(ProblemTexts.VIETNAMESE);
    assertThat(
            ProblemMessages.localeOf(
                MockServerHttpRequest.get("/").header("Accept-Language", "en;q=2").build()))
        .isEqualTo(ProblemTexts.VIETNAMESE);
  }

  private static void collect(Matcher matcher, Set<String> into) {
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  private static GatewayProblem problem(String code, String variant) {
    return new GatewayProblem(HttpStatus.BAD_REQUEST, code, variant, List.of(3));
  }
}
