package vn.edu.platform.starter.testapp.notes;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.platform.starter.security.PublicEndpoint;

/** An anonymous endpoint under {@code /public/**}, as diploma verification will be. */
@RestController
class PublicPingController {

  @GetMapping("/public/v1/test/ping")
  @PublicEndpoint(reason = "test of an open endpoint")
  Map<String, String> ping() {
    return Map.of("status", "ok");
  }
}
