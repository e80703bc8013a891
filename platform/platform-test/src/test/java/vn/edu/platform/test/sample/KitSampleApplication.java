package vn.edu.platform.test.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest resource server that exercises the kit: Boot's auto-configured DataSource, Kafka
 * template and JWT resource server, with no configuration of its own besides what {@link
 * vn.edu.platform.test.PlatformIntegrationTest} supplies.
 */
@SpringBootApplication(proxyBeanMethods = false)
class KitSampleApplication {

  @RestController
  static class WhoAmIController {

    @GetMapping("/whoami")
    String whoAmI(@AuthenticationPrincipal Jwt jwt) {
      return jwt.getClaimAsString("preferred_username") + "@" + jwt.getClaimAsString("org_unit");
    }
  }
}
