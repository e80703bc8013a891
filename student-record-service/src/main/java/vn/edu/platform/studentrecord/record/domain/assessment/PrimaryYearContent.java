package vn.edu.platform.studentrecord.record.domain.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A primary student's year (grades 1-5) as the school submits it: the subjects, the qualities and
 * competencies at the end of the year, and the sessions absent.
 *
 * @param subjects one entry per subject the student takes, in the order the record lists them
 * @param qualities the level of each quality; a draft may lack some
 * @param competencies the level of each competency; a draft may lack some
 */
public record PrimaryYearContent(
    List<PrimarySubjectAssessment> subjects,
    Map<Quality, @Nullable CompetenceLevel> qualities,
    Map<Competency, @Nullable CompetenceLevel> competencies,
    int absencesSemester1,
    int absencesSemester2) {

  public PrimaryYearContent {
    subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
    qualities = copy(Quality.class, qualities);
    competencies = copy(Competency.class, competencies);
  }

  /** Sessions absent in the year, both semesters together. */
  public int absences() {
    return absencesSemester1 + absencesSemester2;
  }

  private static <K extends Enum<K>> Map<K, @Nullable CompetenceLevel> copy(
      Class<K> type, Map<K, @Nullable CompetenceLevel> levels) {
    Map<K, @Nullable CompetenceLevel> copy = new EnumMap<>(type);
    copy.putAll(Objects.requireNonNull(levels, type.getSimpleName()));
    return Collections.unmodifiableMap(copy);
  }
}
