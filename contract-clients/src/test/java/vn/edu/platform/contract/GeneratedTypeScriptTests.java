package vn.edu.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The typescript-fetch client generated from each committed document (in {@code
 * target/generated-ts}) exports every type name once: {@code index.ts} re-exports the apis and the
 * models, so a model and an operation's request type with one name ({@code ReopenRequest}) break
 * {@code tsc --strict} for the frontend team. {@link TypeScriptClientsCompileTests} compiles the
 * clients; this check reads the exported declarations, so it also runs where there is no {@code
 * node}, and names the colliding files.
 */
class GeneratedTypeScriptTests {

  private static final Path GENERATED = Path.of("target", "generated-ts");
  private static final Pattern EXPORT =
      Pattern.compile(
          "^export\\s+(?:declare\\s+)?(?:interface|type|class|enum|const|function)\\s+(\\w+)",
          Pattern.MULTILINE);

  @Test
  void everyServiceClientExportsEachNameOnce() throws IOException {
    for (Path client : generatedClients()) {
      Map<String, Set<String>> files = exports(client);
      assertThat(files).as("exports of " + client).isNotEmpty();
      List<String> duplicates = new ArrayList<>();
      files.forEach(
          (name, where) -> {
            if (where.size() > 1) {
              duplicates.add(name + " in " + where);
            }
          });
      assertThat(duplicates).as("type names exported twice by " + client).isEmpty();
    }
  }

  @Test
  void detectsAModelAndARequestTypeOfTheSameName() throws IOException {
    Path client = Files.createTempDirectory("ts-client");
    Files.createDirectories(client.resolve("models"));
    Files.createDirectories(client.resolve("apis"));
    Files.writeString(
        client.resolve("models/ReopenRequest.ts"), "export interface ReopenRequest {\n}\n");
    Files.writeString(
        client.resolve("apis/ReportsApi.ts"),
        "export interface ReopenRequest {\n reportId: string;\n}\n");

    assertThat(exports(client).get("ReopenRequest")).hasSize(2);
  }

  /** The folder of each generated client; there must be at least one. */
  static List<Path> generatedClients() throws IOException {
    List<Path> clients;
    try (Stream<Path> dirs = Files.list(GENERATED)) {
      clients = dirs.filter(Files::isDirectory).toList();
    }
    assertThat(clients).as("generated clients under " + GENERATED).isNotEmpty();
    return clients;
  }

  /**
   * Exported name → files that export it (index files only re-export). One file may export a const
   * and a type of one name, as typescript-fetch does for enums; two files may not.
   */
  static Map<String, Set<String>> exports(Path client) throws IOException {
    Map<String, Set<String>> byName = new TreeMap<>();
    try (Stream<Path> files = Files.walk(client)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".ts"))
              .filter(f -> !f.getFileName().toString().equals("index.ts"))
              .toList()) {
        Matcher matcher = EXPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          byName
              .computeIfAbsent(matcher.group(1), k -> new TreeSet<>())
              .add(client.relativize(file).toString());
        }
      }
    }
    return byName;
  }
}
