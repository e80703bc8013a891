package vn.edu.platform.studentrecord.record.adapter.out.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.studentrecord.record.domain.Placement;
import vn.edu.platform.studentrecord.record.domain.RecordContent;
import vn.edu.platform.studentrecord.record.domain.SchoolRecord;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.PrimarySheet;
import vn.edu.platform.studentrecord.record.domain.assessment.fixtures.SecondarySheet;

/** The stored and signed forms of a record say exactly what it holds, and nothing else. */
class JsonRecordDocumentsTests {

  private final JsonRecordDocuments documents = new JsonRecordDocuments();

  private static SchoolRecord record(RecordContent content, int grade, SecondarySheet sheet) {
    return SchoolRecord.open(
            UUID.fromString("4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a"),
            "3110030001",
            "2025-2026",
            new Placement(
                "S311003",
                grade,
                UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"),
                "9A1",
                "gv.s311003"),
            sheet.curriculum(),
            "2018-gdpt-1",
            content,
            Instant.parse("2026-05-25T02:00:00Z"))
        .state();
  }

  @Test
  void secondaryContentAndResultsRoundTripWithTheirScales() {
    SecondarySheet sheet =
        SecondarySheet.grade(9).semesters("toan", "8 7.5 9 8.5 | 8.0 | 7.5", "9 9 9 9 | 9 | 9");
    RecordContent content = new RecordContent.Secondary(sheet.content());
    SchoolRecord record = record(content, 9, sheet);

    String json = documents.contentJson(content);
    assertThat(json).contains("\"kind\":\"SCORED\"").contains("8.0").contains("7.5");
    assertThat(documents.content(json, true)).isEqualTo(content);
    assertThat(documents.results(documents.resultsJson(record.results()), true))
        .isEqualTo(record.results());
  }

  @Test
  void primaryContentAndResultsRoundTrip() {
    PrimarySheet sheet = PrimarySheet.grade(3);
    RecordContent content = new RecordContent.Primary(sheet.content());

    assertThat(documents.content(documents.contentJson(content), false)).isEqualTo(content);
    var results = content.evaluate(sheet.curriculum());
    assertThat(documents.results(documents.resultsJson(results), false)).isEqualTo(results);
  }

  @Test
  void theSignedDocumentIsCanonicalAndChangesWithOneScore() {
    SecondarySheet sheet = SecondarySheet.grade(9);
    SchoolRecord record = record(new RecordContent.Secondary(sheet.content()), 9, sheet);
    SecondarySheet changed =
        SecondarySheet.grade(9).semesters("toan", "7 7 7 7 | 7 | 7.1", "7 7 7 7 | 7 | 7");
    SchoolRecord tampered = record(new RecordContent.Secondary(changed.content()), 9, changed);

    byte[] signed = documents.canonicalDocument(record);
    String text = new String(signed, StandardCharsets.UTF_8);

    assertThat(documents.canonicalDocument(record)).isEqualTo(signed);
    assertThat(text)
        .startsWith("{")
        .doesNotContain("\n")
        .contains("\"name\":\"urn:edu:hoc-ba:3110030001:2025-2026:v1\"");
    assertThat(text).doesNotContain("DRAFT");
    assertThat(documents.canonicalDocument(tampered)).isNotEqualTo(signed);
  }
}
