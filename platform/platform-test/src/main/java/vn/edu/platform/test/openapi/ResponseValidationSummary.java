package vn.edu.platform.test.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, how many responses each {@link OpenApiResponseValidator}
 * validated, and writes the same line to {@code target/openapi-responses.txt}: a suite that opted
 * in but validated nothing would otherwise look as green as one that validated everything.
 */
public class ResponseValidationSummary implements TestExecutionListener {

  static final Path REPORT = Path.of("target", "openapi-responses.txt");

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    StringBuilder report = new StringBuilder();
    for (OpenApiResponseValidator validator : OpenApiResponseValidator.all()) {
      report
          .append("OpenAPI responses validated against ")
          .append(validator.document())
          .append(": ")
          .append(validator.validated())
          .append(" (")
          .append(validator.skipped())
          .append(" to undocumented paths skipped)\n");
    }
    if (report.isEmpty()) {
      return;
    }
    System.out.print(report);
    try {
      Files.createDirectories(REPORT.toAbsolutePath().getParent());
      Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
