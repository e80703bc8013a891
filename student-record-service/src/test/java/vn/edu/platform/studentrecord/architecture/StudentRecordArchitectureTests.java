package vn.edu.platform.studentrecord.architecture;

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
    PlatformArchitecture.verify("vn.edu.platform.studentrecord");
  }
}
