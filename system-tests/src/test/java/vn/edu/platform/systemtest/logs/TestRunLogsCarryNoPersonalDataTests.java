package vn.edu.platform.systemtest.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans the logs of the whole test run for personal data. The build runs the modules in order and
 * this module near the end, so by now every other module's test logs are in its {@code
 * target/surefire-reports/*-output.txt}: every service started, handled requests carrying personal
 * data, failed on bad input, and logged — and none of it may show a personal ID number, a phone
 * number or an e-mail address (Decree 356/2025: minimisation, also in logs).
 */
class TestRunLogsCarryNoPersonalDataTests {

  /** 12-digit personal ID (CCCD), not inside a longer number, a UUID or a hex trace id. */
  static final Pattern PERSONAL_ID =
      Pattern.compile("(?<![0-9A-Za-z_.-])\\d{12}(?![0-9A-Za-z_.-])");

  /** Vietnamese mobile numbers (03, 05, 07, 08, 09 + 8 digits, or +84). */
  static final Pattern PHONE =
      Pattern.compile("(?<![0-9A-Za-z_.-])(?:\\+84|0)[35789](?:[ .]?\\d){8}(?![0-9A-Za-z_-])");

  static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  @Test
  void findsNoIdNumbersPhoneNumbersOrEmailAddressesInAnyModulesTestLogs() throws IOException {
    List<Path> logs = testLogsOfTheRun(Path.of("..").toAbsolutePath().normalize());
    assumeFalse(logs.isEmpty(), "run the whole build (./mvnw verify): no module's test logs yet");

    List<String> findings = new ArrayList<>();
    for (Path log : logs) {
      scan(log, findings);
    }

    assertThat(logs).hasSizeGreaterThan(5);
    assertThat(findings).as("personal data in test logs").isEmpty();
  }

  @Test
  void recognisesThePersonalDataItLooksForAndNotTheIdsLogsAreFullOf() {
    assertThat(PERSONAL_ID.matcher("cccd=031203004567,").find()).isTrue();
    assertThat(PHONE.matcher("tel 0912 345 678").find()).isTrue();
    assertThat(PHONE.matcher("+84912345678").find()).isTrue();
    assertThat(EMAIL.matcher("nguyen.van.an@example.vn").find()).isTrue();
    String harmless =
        "unit S311002 trace 4bf92f3577b34da6a3ce929d0e0e4736 id 6f1c2b0e-4a8e-4f55-9a55-1d2f6b0c9e11"
            + " offset 9223372036854775807 at 1764300000000 size 1.7976931348623157E308";
    assertThat(PERSONAL_ID.matcher(harmless).find()).isFalse();
    assertThat(PHONE.matcher(harmless).find()).isFalse();
    assertThat(EMAIL.matcher(harmless).find()).isFalse();
  }

  private static List<Path> testLogsOfTheRun(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root, 6)) {
      return files
          .filter(p -> p.toString().contains("target/surefire-reports"))
          .filter(p -> p.getFileName().toString().endsWith("-output.txt"))
          .filter(p -> !p.toString().contains("/system-tests/"))
          .toList();
    }
  }

  private static void scan(Path log, List<String> findings) {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      lines.forEach(
          line -> {
            for (Pattern pattern : List.of(PERSONAL_ID, PHONE, EMAIL)) {
              Matcher matcher = pattern.matcher(line);
              if (matcher.find() && findings.size() < 20) {
                findings.add(log.getFileName() + ": " + matcher.group());
              }
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      // a log with bytes that are not UTF-8 is scanned as far as it can be read
    }
  }
}
