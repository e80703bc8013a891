package vn.edu.platform.local.demo;

/** Who runs a school. */
public enum Ownership {
  /** Công lập. */
  PUBLIC,
  /** Tư thục (and dân lập). */
  PRIVATE
}
