/**
 * The register's aggregates, free of frameworks: {@code CertificateRequest} (requested, fulfilled
 * or withdrawn), {@code SignerCertificate} (registered, revoked once) and {@code Delegation}
 * (granted, ended once). Each transition checks its rules and returns its state with the events it
 * raised as {@code Changes}; the values they hold are platform-signing's register types.
 */
package vn.edu.platform.plan.signers.domain;
