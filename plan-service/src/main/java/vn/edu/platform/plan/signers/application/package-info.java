/**
 * The register's use cases: each command locks what it changes, lets the aggregate decide, stores
 * the new state and hands the events to {@code SignerChanges} (audit trail and public events) in
 * one transaction. The check answers from the register's own tables with platform-signing's {@code
 * SigningAuthorisation}, the decision the replicas make.
 */
package vn.edu.platform.plan.signers.application;
