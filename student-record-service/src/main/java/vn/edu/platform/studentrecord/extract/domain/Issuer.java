package vn.edu.platform.studentrecord.extract.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who had an extract issued.
 *
 * @param subject the token's subject: the stable id of the account (or service account)
 * @param login the login the caller's unit knows them by; null for a service account
 * @param role the capacity they acted in
 */
public record Issuer(String subject, @Nullable String login, IssuerRole role) {

  public Issuer {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(role, "role");
  }

  /** How the extract names its issuer, e.g. {@code Hiệu trưởng (ht.s311002)}. */
  public String printedName() {
    return role.loginPrinted() && login != null
        ? role.vietnameseName() + " (" + login + ")"
        : role.vietnameseName();
  }
}
