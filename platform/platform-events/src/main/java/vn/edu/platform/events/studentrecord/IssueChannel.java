package vn.edu.platform.events.studentrecord;

/** How an extract of a record was asked for. */
public enum IssueChannel {
  /**
   * Through the service's API: the school's or the department's software, a guardian's portal, a
   * government system.
   */
  API
}
