/**
 * The province's register of signers (sổ đăng ký người ký), as plain values and one decision: which
 * certificate is registered to whom, for which unit and role, until when, whether it was revoked,
 * who may sign on behalf of whom by delegation, and {@link
 * vn.edu.platform.signing.register.SigningAuthorisation} — may this certificate sign for this unit
 * and role at this instant? plan-service keeps the register; the services that sign (student
 * records, diplomas) keep a replica of it from its events and ask the same question of their
 * replica before they sign. No framework: the package is shared by the owner and every replica.
 */
package vn.edu.platform.signing.register;
