package vn.edu.platform.local.demo;

import java.util.Arrays;
import java.util.Locale;

/** How much demo data to generate. */
public enum DemoSize {
  /**
   * The department, its divisions, the two fixture communes with their People's Committees and
   * three schools each, and the two fixture schools directly under the department: for tests.
   */
  SMALL,
  /** The whole province: 114 communes and about 700 schools: for demos and benchmarks. */
  FULL;

  /** Parses {@code small} or {@code full} (any case). */
  public static DemoSize parse(String value) {
    return Arrays.stream(values())
        .filter(size -> size.name().equalsIgnoreCase(value.trim()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("Unknown size '" + value + "': small or full"));
  }

  /** {@code small} or {@code full}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
