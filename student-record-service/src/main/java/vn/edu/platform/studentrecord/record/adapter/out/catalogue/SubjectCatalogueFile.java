package vn.edu.platform.studentrecord.record.adapter.out.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.studentrecord.record.application.port.in.SubjectCatalogueQuery;
import vn.edu.platform.studentrecord.record.domain.catalogue.AssessmentKind;
import vn.edu.platform.studentrecord.record.domain.catalogue.GradeCurriculum;
import vn.edu.platform.studentrecord.record.domain.catalogue.Subject;
import vn.edu.platform.studentrecord.record.domain.catalogue.SubjectCatalogue;

/**
 * The subject catalogue read once at start-up from a JSON file ({@code
 * student-record.subject-catalogue}, by default the curriculum of 2018 on the classpath). A file
 * that breaks the catalogue's invariants stops the service at start-up rather than letting records
 * be checked against half a catalogue.
 */
@Component
class SubjectCatalogueFile implements SubjectCatalogueQuery {

  private final SubjectCatalogue catalogue;

  SubjectCatalogueFile(
      @Value("${student-record.subject-catalogue:classpath:subject-catalogue.json}") Resource file,
      JsonMapper json) {
    this.catalogue = read(file, json);
  }

  @Override
  public SubjectCatalogue catalogue() {
    return catalogue;
  }

  static SubjectCatalogue read(Resource file, JsonMapper json) {
    try (InputStream in = file.getInputStream()) {
      CatalogueDocument document =
          json.rebuild()
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build()
              .readValue(in, CatalogueDocument.class);
      return new SubjectCatalogue(
          document.version(),
          document.grades().stream()
              .map(
                  g ->
                      new GradeCurriculum(
                          g.grade(),
                          g.subjects().stream()
                              .map(
                                  s ->
                                      new Subject(
                                          s.code(),
                                          s.name(),
                                          s.yearlyPeriods(),
                                          s.kind(),
                                          s.elective()))
                              .toList(),
                          g.minElectives(),
                          g.maxElectives()))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the subject catalogue " + file, e);
    }
  }

  record CatalogueDocument(String version, List<GradeDocument> grades) {}

  record GradeDocument(
      int grade, int minElectives, int maxElectives, List<SubjectDocument> subjects) {}

  record SubjectDocument(
      String code, String name, int yearlyPeriods, AssessmentKind kind, boolean elective) {}
}
