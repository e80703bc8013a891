package vn.edu.platform.plan.signers.application.port.in;

import vn.edu.platform.signing.register.SigningAuthorisation.Decision;
import vn.edu.platform.signing.register.SigningRequest;

/**
 * May this certificate sign for this unit and role (on behalf of that role) at this instant? The
 * register's own answer, by the same {@code SigningAuthorisation} the signing services' replicas
 * use.
 */
public interface CheckSigningAuthorisationQuery {

  Decision check(SigningRequest request);
}
