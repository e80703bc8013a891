package vn.edu.platform.events.studentrecord;

import java.util.regex.Pattern;

/** The shapes every record event checks. */
final class RecordEventRules {

  /** The sector's student code (mã định danh học sinh): ten digits. */
  static final Pattern STUDENT_CODE = Pattern.compile("^[0-9]{10}$");

  /** A school year, e.g. {@code 2025-2026}. */
  static final Pattern SCHOOL_YEAR = Pattern.compile("^[0-9]{4}-[0-9]{4}$");

  private RecordEventRules() {}
}
