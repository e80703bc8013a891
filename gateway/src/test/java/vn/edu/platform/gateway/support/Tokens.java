package vn.edu.platform.gateway.support;

import vn.edu.platform.test.fixtures.OrgTreeFixture;
import vn.edu.platform.test.security.Personas;
import vn.edu.platform.test.security.TestTokens;

/** Authorization header values for the tests. */
public final class Tokens {

  private Tokens() {}

  /** A teacher of a primary school: a valid user token with the {@code edu-api} audience. */
  public static String teacher() {
    return TestTokens.bearer(Personas.teacher(OrgTreeFixture.SCHOOL_A_PRIMARY));
  }
}
