package vn.edu.platform.test.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiContractTests {

  @TempDir Path dir;

  private static String spec(String version, String... paths) {
    StringBuilder json =
        new StringBuilder(
            "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\""
                + version
                + "\"},\"paths\":{");
    for (int i = 0; i < paths.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append('"')
          .append(paths[i])
          .append("\":{\"get\":{\"operationId\":\"op")
          .append(i)
          .append("\",\"responses\":{\"200\":{\"description\":\"ok\"}}}}");
    }
    return json.append("}}").toString();
  }

  @AfterEach
  void clearUpdateFlag() {
    System.clearProperty(OpenApiContract.UPDATE_PROPERTY);
  }

  private Path committed(String json) throws Exception {
    Path file = dir.resolve("api/openapi.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, OpenApiContract.normalise(json));
    return file;
  }

  @Test
  void passesWhenTheServedDocumentEqualsTheCommittedOne() throws Exception {
    Path file = committed(spec("1.0.0", "/a"));

    OpenApiContract.verify(spec("1.0.0", "/a"), file);
  }

  @Test
  void createsAMissingDocumentAndAsksForItToBeCommitted() {
    Path file = dir.resolve("api/openapi.json");

    assertThatThrownBy(() -> OpenApiContract.verify(spec("1.0.0", "/a"), file))
        .hasMessageContaining("commit it");
    assertThat(file).exists();
  }

  @Test
  void asksForReviewOfACompatibleChangeAndAcceptsItWithTheUpdateFlag() throws Exception {
    Path file = committed(spec("1.0.0", "/a"));

    assertThatThrownBy(() -> OpenApiContract.verify(spec("1.0.0", "/a", "/b"), file))
        .hasMessageContaining("-Dopenapi.update=true");
    System.setProperty(OpenApiContract.UPDATE_PROPERTY, "true");
    OpenApiContract.verify(spec("1.0.0", "/a", "/b"), file);
    assertThat(Files.readString(file)).contains("/b");
  }

  @Test
  void refusesABreakingChangeWithoutANewMajorVersionEvenWithTheUpdateFlag() throws Exception {
    Path file = committed(spec("1.0.0", "/a", "/b"));
    System.setProperty(OpenApiContract.UPDATE_PROPERTY, "true");

    assertThatThrownBy(() -> OpenApiContract.verify(spec("1.1.0", "/a"), file))
        .hasMessageContaining("Breaking change");
    assertThat(Files.readString(file)).contains("/b");
  }

  @Test
  void acceptsABreakingChangeThatComesWithANewMajorVersion() throws Exception {
    Path file = committed(spec("1.0.0", "/a", "/b"));
    System.setProperty(OpenApiContract.UPDATE_PROPERTY, "true");

    OpenApiContract.verify(spec("2.0.0", "/a"), file);

    assertThat(Files.readString(file)).doesNotContain("\"/b\"");
  }
}
