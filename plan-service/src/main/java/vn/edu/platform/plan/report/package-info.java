/**
 * Progress reports (báo cáo tiến độ) on the plans' tasks and targets: the department defines a
 * report form per task or target with its period type and due rule; the units that carry the task
 * out (or that the target covers) report once per period; reports are approved bottom-up (school →
 * commune → department), approved data is locked until the department reopens it by decision, and
 * the reporting rate and timeliness of each period are counted along the organisation tree of that
 * period. Plans and the tree are read only through their {@code application.port.in} interfaces.
 */
package vn.edu.platform.plan.report;
