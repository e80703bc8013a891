/**
 * The use cases of plans: each command locks its plan, lets the domain check and apply the change,
 * stores it, writes the audit trail and the public events in one transaction.
 */
package vn.edu.platform.plan.planning.application;
