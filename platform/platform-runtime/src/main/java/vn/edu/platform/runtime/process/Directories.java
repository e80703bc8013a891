package vn.edu.platform.runtime.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting what a server leaves on disk: a throw-away directory, a database to import afresh. */
public final class Directories {

  private Directories() {}

  /**
   * Deletes {@code root} and everything below it; a symbolic link is deleted, not what it points
   * to. Nothing happens when {@code root} does not exist.
   *
   * @throws UncheckedIOException when something cannot be deleted
   */
  public static void deleteRecursively(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + root, e);
    }
  }
}
