package vn.edu.platform.events.studentrecord;

/**
 * The four levels of Circular 22/2021 for learning results and conduct: Tốt, Khá, Đạt, Chưa đạt.
 */
public enum ResultLevel {
  GOOD,
  FAIR,
  PASS,
  FAIL
}
