package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoLoginsTests {

  private static final Path REALM = Path.of("../keycloak/edu-realm.json");

  @Test
  void demoTeacherAndDepartmentAdminComeFromTheRealmFile() {
    List<DemoLogins.Login> logins = DemoLogins.read(REALM);

    assertThat(DemoLogins.find(logins, "gv.s311002"))
        .satisfies(
            teacher -> {
              assertThat(teacher.orgUnit()).isEqualTo("S311002");
              assertThat(teacher.roles()).contains("teacher");
              assertThat(teacher.password()).isNotBlank();
            });
    assertThat(DemoLogins.find(logins, PlatformRun.DEMO_ADMIN).orgUnit()).isEqualTo("SGD31");
    assertThat(logins).noneMatch(login -> login.username().startsWith("service-account-"));
  }
}
