/**
 * The replica of the register of signers (ADR 0014) that a signing service keeps: plan-service owns
 * the register; student-record-service and diploma-service learn it from its events and decide with
 * platform-signing's {@code SigningAuthorisation}, the same code as the register's own check.
 */
package vn.edu.platform.starter.signers;
