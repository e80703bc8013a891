package vn.edu.platform.starter.imports.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.access.ImportCaller;
import vn.edu.platform.starter.web.problem.ApiProblemException;

/** Turns the request's authentication into an {@link ImportCaller}, refusing anonymous calls. */
final class ImportCallers {

  private ImportCallers() {}

  static ImportCaller of(@Nullable Authentication authentication, ImportAccessPolicy policy) {
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new ApiProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated");
    }
    return policy.callerOf(authentication);
  }
}
