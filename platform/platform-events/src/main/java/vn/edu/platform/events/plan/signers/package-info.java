/**
 * Integration events of the province's register of signers (sổ đăng ký người ký), kept by
 * plan-service: a signer's certificate registered for a unit and role, revoked by decision, and the
 * delegations to sign on behalf of a role, granted and ended. The services that sign (student
 * records, diplomas) build their replica of the register from them and refuse to sign on what it
 * says. They carry codes, ids, certificate identifiers and the holder's login, never a name.
 */
package vn.edu.platform.events.plan.signers;
