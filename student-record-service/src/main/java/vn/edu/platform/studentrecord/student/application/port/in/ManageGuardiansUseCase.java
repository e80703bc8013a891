package vn.edu.platform.studentrecord.student.application.port.in;

import vn.edu.platform.studentrecord.student.domain.Guardian;

/**
 * Guardians of a student, their consent and their linked citizen accounts. Audited. A citizen login
 * is linked to one guardian of a student at most (409 {@code guardian-account-linked}).
 */
public interface ManageGuardiansUseCase {

  Guardian add(Requester requester, StudentCommands.AddGuardian command);

  Guardian change(Requester requester, StudentCommands.ChangeGuardian command);

  Guardian unlinkAccount(Requester requester, StudentCommands.UnlinkGuardianAccount command);
}
