package vn.edu.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles each generated typescript-fetch client as a frontend team would: {@code tsc} in strict
 * mode against the DOM and ES2020 libraries. The compiler is the npm package as a WebJar (its
 * version pinned in the root pom), run with {@code node}. Without {@code node} on the PATH the
 * tests are skipped on a developer's machine and fail in CI ({@code CI} set), where {@code .ci/run}
 * installs it.
 */
class TypeScriptClientsCompileTests {

  private static final String TSCONFIG =
      """
      {
        "compilerOptions": {
          "strict": true,
          "noEmit": true,
          "target": "ES2020",
          "module": "ESNext",
          "moduleResolution": "bundler",
          "lib": ["ES2020", "DOM"]
        }
      }
      """;

  private static Path node;
  private static Path tsc;

  @BeforeAll
  static void findNodeAndCompiler() throws IOException {
    Optional<Path> found = onPath("node");
    if (found.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("node is not on the PATH: .ci/run installs it (apt-get install nodejs)");
      }
      Assumptions.abort("node is not on the PATH: the TypeScript clients are not compiled here");
    }
    node = found.get();
    tsc = extractCompiler(Path.of("target", "typescript"));
  }

  @Test
  void everyGeneratedClientCompilesUnderStrict() throws Exception {
    for (Path client : GeneratedTypeScriptTests.generatedClients()) {
      Compilation result = compile(client);
      assertThat(result.exitCode()).as("tsc --strict on %s:%n%s", client, result.output()).isZero();
    }
  }

  @Test
  void refusesAModelAndARequestTypeOfTheSameName() throws Exception {
    // the defect issue 7 found: a schema ReopenRequest and the operation reopen's ReopenRequest
    Path client = Files.createTempDirectory("ts-client");
    Files.createDirectories(client.resolve("models"));
    Files.createDirectories(client.resolve("apis"));
    Files.writeString(
        client.resolve("models/ReopenRequest.ts"),
        "export interface ReopenRequest {\n  reason: string;\n}\n");
    Files.writeString(
        client.resolve("apis/ReportsApi.ts"),
        "export interface ReopenRequest {\n  reportId: string;\n}\n");
    Files.writeString(
        client.resolve("index.ts"),
        "export * from './models/ReopenRequest';\nexport * from './apis/ReportsApi';\n");

    Compilation result = compile(client);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("TS2308").contains("ReopenRequest");
  }

  private record Compilation(int exitCode, String output) {}

  private static Compilation compile(Path client) throws Exception {
    Files.writeString(client.resolve("tsconfig.json"), TSCONFIG, StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(node.toString(), tsc.toString(), "-p", client.toString())
            .redirectErrorStream(true)
            .start();
    byte[] output;
    try (InputStream in = process.getInputStream()) {
      output = in.readAllBytes();
    }
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("tsc did not finish in 3 minutes on " + client);
    }
    return new Compilation(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /**
   * Copies the compiler out of its WebJar once per version ({@code lib/tsc.js} loads its neighbours
   * and the {@code lib.*.d.ts} files from its own folder, so it cannot run from the jar).
   */
  private static Path extractCompiler(Path target) throws IOException {
    Properties pom = new Properties();
    try (InputStream in =
        TypeScriptClientsCompileTests.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars.npm/typescript/pom.properties")) {
      assertThat(in).as("the typescript WebJar on the test class path").isNotNull();
      pom.load(in);
    }
    String version = pom.getProperty("version");
    String prefix = "META-INF/resources/webjars/typescript/" + version + "/";
    Path home = target.resolve(version);
    Path compiler = home.resolve("lib/tsc.js");
    if (Files.exists(home.resolve(".complete"))) {
      return compiler;
    }
    URL url =
        TypeScriptClientsCompileTests.class.getClassLoader().getResource(prefix + "package.json");
    assertThat(url).as(prefix + "package.json").isNotNull();
    try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
          continue;
        }
        Path destination = home.resolve(entry.getName().substring(prefix.length())).normalize();
        if (!destination.startsWith(home)) {
          continue;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.writeString(home.resolve(".complete"), version);
    return compiler;
  }

  private static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
