package vn.edu.platform.gateway.config;

import java.util.List;
import org.springframework.util.AntPathMatcher;

/**
 * Recognises upload endpoints ({@code edu.gateway.request-size.upload-paths}, by default {@code
 * /**}{@code /imports/**}): they accept larger bodies and wait longer for the service. Ant-style
 * patterns, because {@code **} in the middle of a pattern is what "any service's imports" needs.
 */
public final class UploadPaths {

  private final AntPathMatcher matcher = new AntPathMatcher();
  private final List<String> patterns;

  public UploadPaths(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public boolean matches(String path) {
    for (String pattern : patterns) {
      if (matcher.match(pattern, path)) {
        return true;
      }
    }
    return false;
  }
}
