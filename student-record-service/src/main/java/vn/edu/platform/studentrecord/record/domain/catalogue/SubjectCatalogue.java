package vn.edu.platform.studentrecord.record.domain.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The subject catalogue of general education per grade: configuration (the 2018 general education
 * curriculum's subjects and yearly periods), not code, so that a change of the curriculum is a
 * change of data.
 *
 * @param version the catalogue's version, e.g. {@code 2018-gdpt-1}; a record names the version it
 *     was checked against
 * @param grades one curriculum per grade
 */
public record SubjectCatalogue(String version, List<GradeCurriculum> grades) {

  public SubjectCatalogue {
    grades = grades.stream().sorted(Comparator.comparingInt(GradeCurriculum::grade)).toList();
    for (int i = 1; i < grades.size(); i++) {
      if (grades.get(i).grade() == grades.get(i - 1).grade()) {
        throw new IllegalArgumentException("grade " + grades.get(i).grade() + " twice");
      }
    }
  }

  public Optional<GradeCurriculum> grade(int grade) {
    return grades.stream().filter(g -> g.grade() == grade).findFirst();
  }
}
