package vn.edu.platform.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The applications of the local platform, from {@code deploy/local/services.csv} (one line per
 * application): adding a service to the local platform is adding its line.
 */
record ServiceRegistry(List<ServiceDefinition> definitions) {

  static final String FILE = "deploy/local/services.csv";

  ServiceRegistry {
    definitions = List.copyOf(definitions);
  }

  static ServiceRegistry load(Path repositoryRoot) {
    try (Reader reader =
        Files.newBufferedReader(repositoryRoot.resolve(FILE), StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ServiceRegistry read(Reader reader) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    return new ServiceRegistry(format.parse(reader).stream().map(ServiceRegistry::of).toList());
  }

  private static ServiceDefinition of(CSVRecord row) {
    String database = row.get("database");
    return new ServiceDefinition(
        ServiceDefinition.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
        row.get("name"),
        row.get("module"),
        row.get("jar"),
        Integer.parseInt(row.get("port")),
        database.isEmpty() ? null : database,
        row.get("apiPath"));
  }

  /** The services behind the gateway whose jar exists. */
  List<ServiceDefinition> builtServices(Path root) {
    return definitions.stream()
        .filter(d -> d.kind() == ServiceDefinition.Kind.SERVICE)
        .filter(d -> d.isBuilt(root))
        .toList();
  }

  /** The services behind the gateway whose jar does not exist yet. */
  List<ServiceDefinition> missingServices(Path root) {
    return definitions.stream()
        .filter(d -> d.kind() == ServiceDefinition.Kind.SERVICE)
        .filter(d -> !d.isBuilt(root))
        .toList();
  }

  /** The gateway's definition. */
  ServiceDefinition gateway() {
    return definitions.stream()
        .filter(d -> d.kind() == ServiceDefinition.Kind.GATEWAY)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No gateway line in " + FILE));
  }
}
