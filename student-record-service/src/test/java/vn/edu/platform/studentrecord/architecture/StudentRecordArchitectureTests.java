package vn.edu.platform.studentrecord.architecture;

import static vn.edu.platform.test.arch.PlatformArchitecture.tolerate;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.platform.test.arch.PlatformArchitecture;

/**
 * student-record-service keeps the platform's layering (feature packages, domain free of
 * frameworks) and its feature boundaries: features use each other only through {@code
 * application.port.in} or by implementing an out-port.
 */
class StudentRecordArchitectureTests {

  @Test
  void followsThePlatformArchitectureRules() {
    PlatformArchitecture.verify(
        "vn.edu.platform.studentrecord",
        List.of(
            tolerate(
                "vn.edu.platform.studentrecord.extract.adapter.out.records.RecordFeatureRecords",
                "vn.edu.platform.studentrecord.record.domain.",
                "the record feature's published reads (RecordQuery, VerifyRecordsUseCase,"
                    + " SubjectCatalogueQuery) hand out its domain's SchoolRecord and catalogue;"
                    + " the extracts copy them into their own model in this one adapter, until"
                    + " the record feature publishes views in its port.in")));
  }
}
