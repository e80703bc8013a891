package vn.edu.platform.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTests {

  @TempDir Path dir;

  @Test
  void deletesATreeAndALinkInItButNotWhatTheLinkPointsTo() throws IOException {
    Path kept = Files.createDirectories(dir.resolve("database"));
    Files.writeString(kept.resolve("data.mv.db"), "rows");
    Path tree = Files.createDirectories(dir.resolve("home/data/import"));
    Files.writeString(tree.resolve("realm.json"), "{}");
    Files.createSymbolicLink(dir.resolve("home/data/h2"), kept);

    Directories.deleteRecursively(dir.resolve("home"));

    assertThat(dir.resolve("home")).doesNotExist();
    assertThat(kept.resolve("data.mv.db")).hasContent("rows");
  }

  @Test
  void aLinkGivenAsTheRootIsDeletedAlone() throws IOException {
    Path target = Files.createDirectories(dir.resolve("target"));
    Files.writeString(target.resolve("file"), "kept");
    Path link = Files.createSymbolicLink(dir.resolve("link"), target);

    Directories.deleteRecursively(link);

    assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(target.resolve("file")).hasContent("kept");
  }

  @Test
  void nothingHappensWhenTheRootIsMissing() {
    Directories.deleteRecursively(dir.resolve("missing"));

    assertThat(dir).isEmptyDirectory();
  }
}
