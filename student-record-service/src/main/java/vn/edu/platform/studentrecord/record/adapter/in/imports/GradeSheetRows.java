package vn.edu.platform.studentrecord.record.adapter.in.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.edu.platform.kernel.ApplicationException;
import vn.edu.platform.kernel.Violation;
import vn.edu.platform.starter.imports.spi.ImportColumn;
import vn.edu.platform.starter.imports.spi.ImportContext;
import vn.edu.platform.starter.imports.spi.ImportRowRejectedException;
import vn.edu.platform.starter.imports.spi.RowChecks;
import vn.edu.platform.studentrecord.record.application.port.in.Actor;

/**
 * What the secondary and the primary grade sheets share: the three columns that say whose record
 * and which subject a row is about, and how a row the record's rules refuse is reported.
 */
final class GradeSheetRows {

  static final String STUDENT_CODE = "studentCode";

  /**
   * A score as a cell may hold it, before the record's rules judge it: {@code 7,5} or {@code 7.5}.
   */
  static final Pattern SCORE = Pattern.compile("-?[0-9]{1,3}([.,][0-9]+)?");

  private static final Pattern STUDENT = Pattern.compile("[0-9]{10}");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("[0-9]{4}-[0-9]{4}");
  private static final Pattern SUBJECT = Pattern.compile("[a-z0-9-]{1,64}");

  private GradeSheetRows() {}

  /** Student, school year, subject: the row's key. */
  record Key(String studentCode, String schoolYear, String subjectCode) {}

  /** The key's three required columns, first in both templates. */
  static List<ImportColumn> keyColumns(String exampleStudent, String subjectDescription) {
    return List.of(
        ImportColumn.required(
            STUDENT_CODE, "Mã học sinh", "The student's code, 10 digits", exampleStudent),
        ImportColumn.required("schoolYear", "Năm học", "The school year", "2025-2026"),
        ImportColumn.required("subjectCode", "Mã môn", subjectDescription, "toan"));
  }

  /** The row's key; a malformed cell is reported at its column by {@code check}. */
  static Key key(RowChecks check) {
    return new Key(
        check.matching(STUDENT_CODE, true, STUDENT),
        check.matching("schoolYear", true, SCHOOL_YEAR),
        check.matching("subjectCode", true, SUBJECT));
  }

  /**
   * Enters each valid row as the school's administrator of the job's unit; a row the record's rules
   * refuse is rejected at the column {@code columnOf(code, pointer)} names, with the first
   * violation's code and message. A student the school does not hold that year is reported in the
   * same words whether the code is another school's student or nobody's.
   */
  static <L> void enterEach(
      List<L> rows,
      ImportContext context,
      BiConsumer<Actor, L> enter,
      Function<L, Key> keyOf,
      BiFunction<String, String, @Nullable String> columnOf) {
    Actor actor = new Actor(null, EnumSet.of(Actor.Capacity.SCHOOL_ADMIN), context.orgUnit());
    for (L row : rows) {
      try {
        enter.accept(actor, row);
      } catch (ApplicationException refused) {
        Violation first = refused.violations().isEmpty() ? null : refused.violations().getFirst();
        String code = first == null ? refused.code() : first.code();
        Key key = keyOf.apply(row);
        String message =
            code.equals("student-not-enrolled")
                ? "The school has no student "
                    + key.studentCode()
                    + " enrolled in "
                    + key.schoolYear()
                    + "."
                : first == null || first.defaultMessage() == null
                    ? refused.getMessage()
                    : first.defaultMessage();
        throw new ImportRowRejectedException(
            code,
            code.equals("student-not-enrolled")
                ? STUDENT_CODE
                : columnOf.apply(code, first == null ? "" : first.pointer()),
            message);
      }
    }
  }
}
