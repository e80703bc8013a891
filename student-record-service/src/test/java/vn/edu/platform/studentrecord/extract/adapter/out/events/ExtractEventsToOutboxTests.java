package vn.edu.platform.studentrecord.extract.adapter.out.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.platform.events.studentrecord.ExtractIssued;
import vn.edu.platform.events.studentrecord.IssueChannel;
import vn.edu.platform.studentrecord.extract.domain.Extract;
import vn.edu.platform.studentrecord.extract.domain.ExtractNumber;
import vn.edu.platform.studentrecord.extract.domain.Issuer;
import vn.edu.platform.studentrecord.extract.domain.IssuerRole;

/** An extract as its public event: the record version and the number, nothing personal. */
class ExtractEventsToOutboxTests {

  @Test
  void theEventNamesTheRecordVersionAndTheNumberUnderTheRecordsKey() {
    UUID record = UUID.fromString("4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a");
    Instant issuedAt = Instant.parse("2026-06-02T02:15:00Z");
    Extract extract =
        new Extract(
            UUID.randomUUID(),
            ExtractNumber.of("S311002", "2025-2026", 123),
            record,
            2,
            "3110020001",
            "S311002",
            "2025-2026",
            9,
            new Issuer("subject", "cd.0912345678", IssuerRole.GUARDIAN),
            "Nộp hồ sơ tuyển sinh lớp 10",
            issuedAt,
            "a".repeat(64),
            "b".repeat(64));

    ExtractIssued event = ExtractEventsToOutbox.of(extract);

    assertThat(event.recordId()).isEqualTo(record);
    assertThat(event.version()).isEqualTo(2);
    assertThat(event.occurredAt()).isEqualTo(issuedAt);
    assertThat(event.schoolCode()).isEqualTo("S311002");
    assertThat(event.grade()).isEqualTo(9);
    assertThat(event.extractNumber()).isEqualTo("S311002-2025-2026-000123");
    assertThat(event.channel()).isEqualTo(IssueChannel.API);
    assertThat(event.subject()).isEqualTo("3110020001/2025-2026");
    assertThat(event.toString()).doesNotContain("Nộp hồ sơ").doesNotContain("0912345678");
  }
}
