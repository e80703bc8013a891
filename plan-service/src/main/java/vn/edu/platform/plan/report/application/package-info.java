/**
 * The use cases of progress reports: each command locks the report it changes, lets the domain
 * check the transition, stores it, writes the audit trail and the public events in one transaction.
 * Plans are read through {@code PlanLookup}/{@code PlanQuery}, progress is recorded through {@code
 * RecordProgressUseCase}, and the organisation tree through {@code OrgTreeQuery}.
 */
package vn.edu.platform.plan.report.application;
