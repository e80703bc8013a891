package vn.edu.platform.events;

import java.util.regex.Pattern;

/**
 * Kafka topic names of the public integration events.
 *
 * <p>One topic per aggregate type, named {@code edu.<service>.<aggregate>.v<major>}; the record key
 * is the aggregate id ({@link IntegrationEvent#subject()}), so the events of one aggregate stay in
 * order on one partition. Several event types share their aggregate's topic (a consumer tells them
 * apart by the {@code ce_type} header). The major number changes only when the topic itself has to
 * change, e.g. a new key or partitioning; a new event version alone does not need a new topic.
 */
public final class Topics {

  /** Shape of every topic name (lower-case kebab segments, major version last). */
  public static final Pattern NAME_PATTERN =
      Pattern.compile("^edu\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*$");

  /** Suffix of a topic's dead-letter topic. */
  public static final String DEAD_LETTER_SUFFIX = ".dlt";

  // plan-service (kế hoạch): the organisation tree it keeps, plans, tasks, progress reports,
  // targets, and the register of signers

  /** Organisation units (đơn vị) and their place in the tree; key = unit code. */
  public static final String PLAN_ORG_UNIT = "edu.plan.org-unit.v1";

  /** Plans (kế hoạch); key = plan id. */
  public static final String PLAN_PLAN = "edu.plan.plan.v1";

  /** Tasks of a plan's appendix (nhiệm vụ); key = task id. */
  public static final String PLAN_TASK = "edu.plan.task.v1";

  /** Progress reports of units (báo cáo tiến độ); key = report id. */
  public static final String PLAN_PROGRESS_REPORT = "edu.plan.progress-report.v1";

  /** Values of a plan's targets (chỉ tiêu); key = target id. */
  public static final String PLAN_TARGET = "edu.plan.target.v1";

  /** Signers' certificates in the register of signers (chứng thư số); key = certificate id. */
  public static final String PLAN_SIGNER_CERTIFICATE = "edu.plan.signer-certificate.v1";

  /** Delegations to sign on behalf of a role (ủy quyền ký); key = delegation id. */
  public static final String PLAN_SIGNING_DELEGATION = "edu.plan.signing-delegation.v1";

  // student-record-service (học bạ số)

  /**
   * School records (học bạ), every version of a student's record of a year; key =
   * studentCode/schoolYear.
   */
  public static final String STUDENT_RECORD_RECORD = "edu.student-record.record.v1";

  /**
   * A student's school career in the province (enrolments in a class, transfers between schools);
   * key = student code (mã định danh học sinh), the student being the aggregate.
   */
  public static final String STUDENT_RECORD_STUDENT = "edu.student-record.student.v1";

  // diploma-service (văn bằng, chứng chỉ): e.g. DIPLOMA_DIPLOMA = "edu.diploma.diploma.v1"
  // admission-service (tuyển sinh đầu cấp): e.g. ADMISSION_APPLICATION =
  //   "edu.admission.application.v1"
  // Keep the SERVICE_AGGREGATE constant naming: TopicsUnitTests checks every constant matches
  // NAME_PATTERN, EventCatalogUnitTests that every event's topic is one of these constants.

  private Topics() {}

  /**
   * The dead-letter topic of {@code topic}: {@code <topic>.dlt}. Consumers send a record there
   * after bounded retries, with the original headers, so one poison message never blocks its
   * partition. Any topic name is accepted (a service may also consume topics of outside systems).
   *
   * @throws IllegalArgumentException if {@code topic} is blank or already a dead-letter topic (a
   *     dead-letter topic has none of its own: its consumer handles failures itself, else a record
   *     would circle)
   */
  public static String deadLetterOf(String topic) {
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("a topic name is required");
    }
    if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
      throw new IllegalArgumentException(topic + " is a dead-letter topic already");
    }
    return topic + DEAD_LETTER_SUFFIX;
  }
}
