/**
 * Integration events of plan-service (kế hoạch): the organisation tree with validity dates, plans,
 * their tasks and the status of each unit's assignment, progress reports and their approval, and
 * the values of plan targets. reporting-service builds its dashboards from them; they carry codes
 * and ids only, never personal data.
 */
package vn.edu.platform.events.plan;
