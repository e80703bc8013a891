package vn.edu.platform.local.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The generated demo files of one size and seed, written to a directory (by the launcher: {@code
 * .local/demo/<size>/}). Files are rewritten only when their bytes change, so their modification
 * times say when the data last changed.
 *
 * @param directory where the files are
 * @param tree the generated organisation directory
 * @param orgUnitsCurrent the import file of the current tree
 * @param orgUnitsBeforeReform the file of the tree until 30 June 2025
 */
public record DemoDataSet(
    Path directory, DemoOrgTree tree, Path orgUnitsCurrent, Path orgUnitsBeforeReform) {

  public static final String ORG_UNITS_FILE = "org-units-2025-07-01.csv";
  public static final String ORG_UNITS_BEFORE_REFORM_FILE = "org-units-until-2025-06-30.csv";

  /** Generates the data set and writes its files into {@code directory}. */
  public static DemoDataSet write(Path directory, long seed, DemoSize size) {
    DemoOrgTree tree = OrgTreeGenerator.haiPhong(seed, size).generate();
    try {
      Files.createDirectories(directory);
      Path current = directory.resolve(ORG_UNITS_FILE);
      Path before = directory.resolve(ORG_UNITS_BEFORE_REFORM_FILE);
      writeIfChanged(current, OrgUnitCsv.current(tree.current()));
      writeIfChanged(before, OrgUnitCsv.withValidTo(tree.beforeReform()));
      return new DemoDataSet(directory, tree, current, before);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
      Files.write(file, bytes);
    }
  }
}
