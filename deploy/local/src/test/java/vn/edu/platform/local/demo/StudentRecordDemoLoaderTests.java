package vn.edu.platform.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo year's generated values are ones the service accepts. */
class StudentRecordDemoLoaderTests {

  @Test
  void studentCodesAreTenDigitsAndDistinctAcrossTheDemoSchools() {
    Set<String> codes = new HashSet<>();
    for (String school : new String[] {"S311002", "S311003"}) {
      for (int i = 0; i < StudentRecordDemoLoader.CLASS_SIZE * 2; i++) {
        String code = StudentRecordDemoLoader.code(school, i);
        assertThat(code).matches("\\d{10}");
        assertThat(codes.add(code)).as(code).isTrue();
      }
    }
  }
}
