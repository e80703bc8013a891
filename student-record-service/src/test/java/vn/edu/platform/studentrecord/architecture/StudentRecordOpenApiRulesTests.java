package vn.edu.platform.studentrecord.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.edu.platform.test.openapi.OpenApiRules;

/**
 * The committed contract keeps the platform's OpenAPI rules: explicit operation ids, input limits,
 * anchored patterns, 429 everywhere, security unless public, error examples.
 */
class StudentRecordOpenApiRulesTests {

  @Test
  void committedContractKeepsThePlatformRules() throws IOException {
    OpenApiRules.verify(Files.readString(Path.of("api/openapi.json"), StandardCharsets.UTF_8));
  }
}
