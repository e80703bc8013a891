/**
 * The province's register of signers (sổ đăng ký người ký): the department requests signing
 * certificates for the people who sign for a school or for the department (homeroom teachers,
 * principals, the director and deputies), registers each issued certificate for a unit and a role,
 * revokes certificates by decision and grants delegations to sign on behalf of a role; the signing
 * services decide from a replica of it, fed by its events, whether a certificate may sign. The
 * rules of that decision are platform-signing's {@code register} package, shared with the replicas.
 * The organisation tree is read through the directory's {@code OrgTreeQuery} only.
 */
package vn.edu.platform.plan.signers;
