package vn.edu.platform.problemtexts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTextsTests {

  private final ProblemTexts texts = ProblemTexts.platform();

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | en",
        "EN | en",
        "en-GB | en",
        "en-US,en;q=0.9 | en",
        "vi | vi",
        "vi-VN | vi",
        "vi;q=0.2, en;q=0.8 | en",
        "en;q=0.2, vi;q=0.8 | vi",
        "fr, en;q=0.5 | en",
        "fr, de;q=0.9, en;q=0.1, vi;q=0.05 | en"
      })
  void negotiatesByQualityAmongTheSupportedLanguages(String header, String expected) {
    assertThat(ProblemTexts.negotiate(header)).isEqualTo(Locale.forLanguageTag(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> vi")
  @ValueSource(strings = {"fr", "de-DE, ja;q=0.5", "en;q=0", "*", "  "})
  void answersVietnameseForLanguagesWeDoNotHave(String header) {
    assertThat(ProblemTexts.negotiate(header)).isEqualTo(ProblemTexts.VIETNAMESE);
  }

  @ParameterizedTest(name = "[{index}] missing header")
  @NullAndEmptySource
  void answersVietnameseWithoutAHeader(String header) {
    assertThat(ProblemTexts.negotiate(header)).isEqualTo(ProblemTexts.VIETNAMESE);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> vi")
  @ValueSource(strings = {"en;q=x", "en;q=1.5", ";;;", "en-", "en;;q=0.5"})
  void answersVietnameseForAMalformedHeader(String header) {
    assertThat(ProblemTexts.negotiate(header)).isEqualTo(ProblemTexts.VIETNAMESE);
  }

  @Test
  void givesTitlesInTheNegotiatedLanguage() {
    assertThat(texts.title("not-found", ProblemTexts.VIETNAMESE)).isEqualTo("Không tìm thấy");
    assertThat(texts.title("not-found", Locale.ENGLISH)).isEqualTo("Not found");
  }

  @Test
  void fallsBackToTheGenericTitleForAnUnknownCode() {
    assertThat(texts.title("no-such-code", ProblemTexts.VIETNAMESE))
        .isEqualTo("Yêu cầu không thực hiện được");
    assertThat(texts.title("no-such-code", Locale.ENGLISH)).isEqualTo("Request failed");
  }

  @Test
  void prefersTheFirstVariantThatHasATextThenTheGeneralDetail() {
    assertThat(texts.detail("forbidden", List.of("cors", "gateway"), Locale.ENGLISH))
        .contains("The web page that sent the request (its origin) may not call this API.");
    assertThat(texts.detail("forbidden", List.of("no-such-variant", "gateway"), Locale.ENGLISH))
        .contains("You are not allowed to do this.");
    assertThat(texts.detail("forbidden", List.of(), Locale.ENGLISH))
        .contains("Your role does not allow this action.");
    assertThat(texts.detail("bad-request", List.of(), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void formatsArgumentsOnlyWhenThereAreSome() {
    assertThat(texts.detail("rate-limited", List.of("retry-after"), ProblemTexts.VIETNAMESE, 3L))
        .contains("Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau 3 giây.");
    assertThat(texts.detail("invalid-parameter", List.of(), Locale.ENGLISH, "page"))
        .contains("The parameter 'page' is missing or has an invalid value.");
  }

  @Test
  void doesNotFollowTheJvmDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ProblemTexts fresh = ProblemTexts.platform();
      assertThat(fresh.title("not-found", Locale.forLanguageTag("fr"))).isEqualTo("Không tìm thấy");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void searchesFurtherBundlesAfterThePlatformsAndSkipsMissingOnes() {
    ProblemTexts withService =
        ProblemTexts.platformAnd(
            getClass().getClassLoader(), "i18n/no-such-bundle", "i18n/test-service-messages");
    assertThat(withService.title("plan-closed", Locale.ENGLISH)).isEqualTo("Plan closed");
    assertThat(withService.title("plan-closed", ProblemTexts.VIETNAMESE))
        .isEqualTo("Kế hoạch đã đóng");
    assertThat(withService.title("not-found", Locale.ENGLISH)).isEqualTo("Not found");
  }

  @Test
  void everyTextExistsInBothLanguages() throws IOException {
    Properties base = load("i18n/problems.properties");
    Properties vietnamese = load("i18n/problems_vi.properties");
    Properties english = load("i18n/problems_en.properties");
    assertThat(english.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    assertThat(vietnamese).isEqualTo(base);
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
