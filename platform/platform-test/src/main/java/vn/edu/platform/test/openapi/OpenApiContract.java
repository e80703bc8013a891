package vn.edu.platform.test.openapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a service's OpenAPI document a contract: the document the running service serves is
 * compared with the one committed next to its code ({@code <module>/api/openapi.json}).
 *
 * <ul>
 *   <li>Identical: passes.
 *   <li>Changed compatibly (new endpoints, new optional fields): fails until the developer
 *       refreshes the committed file with {@code -Dopenapi.update=true} and commits it, so every
 *       API change is reviewed as a diff of the contract.
 *   <li>Changed incompatibly (openapi-diff: removed endpoint, new required field, narrowed type):
 *       fails, even with the update flag, unless the major part of {@code info.version} grew — a
 *       breaking change needs a new API version.
 * </ul>
 */
public final class OpenApiContract {

  public static final String UPDATE_PROPERTY = "openapi.update";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private OpenApiContract() {}

  /** Checks {@code liveJson} against the committed document at {@code committed}. */
  public static void verify(String liveJson, Path committed) {
    String live = normalise(liveJson);
    boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
    if (!Files.exists(committed)) {
      write(committed, live);
      if (!update) {
        throw new AssertionError(
            "No committed OpenAPI document at "
                + committed
                + ": it was created now; review it and commit it.");
      }
      return;
    }
    String old = normalise(read(committed));
    if (old.equals(live)) {
      return;
    }
    ChangedOpenApi diff = OpenApiCompare.fromContents(old, live);
    if (diff.isIncompatible() && majorOf(old) >= majorOf(live)) {
      throw new AssertionError(
          "Breaking change to the API without a new major version (info.version "
              + versionOf(old)
              + " → "
              + versionOf(live)
              + "). Keep the old contract, or publish a new version.\n"
              + render(diff));
    }
    if (update) {
      write(committed, live);
      return;
    }
    throw new AssertionError(
        "The OpenAPI document changed. Review the change below, then run the build with -D"
            + UPDATE_PROPERTY
            + "=true and commit "
            + committed
            + ".\n"
            + render(diff));
  }

  static String normalise(String json) {
    JsonNode tree = JSON.readTree(json);
    return JSON.writeValueAsString(JSON.treeToValue(tree, Object.class)) + "\n";
  }

  private static String versionOf(String json) {
    JsonNode version = JSON.readTree(json).path("info").path("version");
    return version.isMissingNode() ? "0" : version.asString();
  }

  static int majorOf(String json) {
    String version = versionOf(json);
    String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    try {
      return Integer.parseInt(major.replaceAll("[^0-9]", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
