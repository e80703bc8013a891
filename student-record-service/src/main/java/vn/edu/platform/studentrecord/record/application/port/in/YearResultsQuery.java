package vn.edu.platform.studentrecord.record.application.port.in;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The final year results of a grade, for admissions to the next level (admission-service reads
 * grade 9's with its service account): only locked, current records, whose results no longer
 * change. Each record read from outside its school is audited.
 */
public interface YearResultsQuery {

  /**
   * @param schoolCode one school's results; null for the province (province readers only)
   * @param studentCodes only these students; null or empty for all
   */
  record Filter(
      String schoolYear,
      int grade,
      @Nullable String schoolCode,
      @Nullable List<String> studentCodes) {}

  RecordQuery.Page finalResults(Actor actor, Filter filter, int page, int size);
}
