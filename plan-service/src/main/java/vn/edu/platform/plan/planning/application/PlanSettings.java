package vn.edu.platform.plan.planning.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of plans ({@code plan-service.plans.*}).
 *
 * @param overdueCron when the overdue detection runs (Asia/Ho_Chi_Minh), a Spring cron; {@code -}
 *     switches it off (another instance or an operator runs it)
 * @param reminderDays the default window of the reminders, in days
 * @param maxReminderDays the largest window a caller may ask for
 */
@ConfigurationProperties("plan-service.plans")
public record PlanSettings(String overdueCron, Integer reminderDays, Integer maxReminderDays) {

  public PlanSettings {
    overdueCron = overdueCron == null || overdueCron.isBlank() ? "0 5 0 * * *" : overdueCron;
    reminderDays = reminderDays == null ? 7 : reminderDays;
    maxReminderDays = maxReminderDays == null ? 90 : maxReminderDays;
  }
}
