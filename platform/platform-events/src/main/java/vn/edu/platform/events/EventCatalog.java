package vn.edu.platform.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.edu.platform.events.plan.OrgUnitChanged;
import vn.edu.platform.events.plan.PlanIssued;
import vn.edu.platform.events.plan.PlanStatusChanged;
import vn.edu.platform.events.plan.ProgressReportApproved;
import vn.edu.platform.events.plan.ProgressReportRejected;
import vn.edu.platform.events.plan.ProgressReportReopened;
import vn.edu.platform.events.plan.ProgressReportSubmitted;
import vn.edu.platform.events.plan.TargetAdded;
import vn.edu.platform.events.plan.TargetValueReported;
import vn.edu.platform.events.plan.TaskAssigned;
import vn.edu.platform.events.plan.TaskStatusChanged;
import vn.edu.platform.events.plan.signers.SignerCertificateRegistered;
import vn.edu.platform.events.plan.signers.SignerCertificateRevoked;
import vn.edu.platform.events.plan.signers.SigningDelegationEnded;
import vn.edu.platform.events.plan.signers.SigningDelegationGranted;
import vn.edu.platform.events.studentrecord.ExtractIssued;
import vn.edu.platform.events.studentrecord.RecordCorrected;
import vn.edu.platform.events.studentrecord.RecordLocked;
import vn.edu.platform.events.studentrecord.RecordReopened;
import vn.edu.platform.events.studentrecord.RecordSigned;
import vn.edu.platform.events.studentrecord.RecordSubmitted;
import vn.edu.platform.events.studentrecord.StudentEnrolled;
import vn.edu.platform.events.studentrecord.StudentTransferred;
import vn.edu.platform.events.studentrecord.YearResultFinalized;

/**
 * Every public integration event of the platform, with its descriptor, topic and JSON Schema.
 *
 * <p>The list is explicit (no classpath scanning), so adding an event is a visible change here; a
 * test fails for any event record that is missing from it or whose schema drifted from the record.
 * An old version stays listed as long as it may still be on a topic.
 *
 * <h2>Serialisation</h2>
 *
 * The payload is the record serialised by Jackson 3 ({@code
 * tools.jackson.databind.json.JsonMapper}) in UTF-8, content type {@code application/json}.
 * Producers configure:
 *
 * <ul>
 *   <li>{@code DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS} disabled (the Jackson 3 default): {@code
 *       Instant} as RFC 3339 UTC ({@code 2026-03-02T01:30:00Z}), {@code LocalDate} as {@code
 *       2026-03-02}, {@code YearMonth} as {@code 2026-06}; never numbers or arrays;
 *   <li>{@code StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN} enabled: {@code BigDecimal} as a plain
 *       JSON number ({@code 100}, not {@code 1E+2});
 *   <li>null values written as {@code null} (the default inclusion); the schemas also accept an
 *       absent nullable field;
 *   <li>enums by {@code name()}; UUIDs in the canonical lower-case form.
 * </ul>
 *
 * Consumers leave {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} disabled (the Jackson 3
 * default), so a field added to an event version later does not break them, and enable {@code
 * DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} when they read a payload as a tree first (a
 * {@code double} would lose a decimal's scale). The records' compact constructors validate what
 * they read, so a payload that breaks a rule fails to deserialise.
 */
public final class EventCatalog {

  private static final String SCHEMA_FOLDER = "vn/edu/platform/events/schemas/";

  private static final List<Class<? extends IntegrationEvent>> EVENTS =
      List.of(
          OrgUnitChanged.class,
          PlanIssued.class,
          PlanStatusChanged.class,
          TargetAdded.class,
          TaskAssigned.class,
          TaskStatusChanged.class,
          ProgressReportSubmitted.class,
          ProgressReportApproved.class,
          ProgressReportRejected.class,
          ProgressReportReopened.class,
          TargetValueReported.class,
          SignerCertificateRegistered.class,
          SignerCertificateRevoked.class,
          SigningDelegationGranted.class,
          SigningDelegationEnded.class,
          RecordSubmitted.class,
          RecordReopened.class,
          RecordSigned.class,
          RecordLocked.class,
          RecordCorrected.class,
          YearResultFinalized.class,
          ExtractIssued.class,
          StudentEnrolled.class,
          StudentTransferred.class);

  private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE_AND_VERSION = index();

  private EventCatalog() {}

  /** All event classes, in catalogue order. */
  public static List<Class<? extends IntegrationEvent>> events() {
    return EVENTS;
  }

  /**
   * The {@link EventType} of a catalogued event class.
   *
   * @throws IllegalArgumentException if the class is not in the catalogue
   */
  public static EventType descriptorOf(Class<? extends IntegrationEvent> eventClass) {
    if (!EVENTS.contains(eventClass)) {
      throw new IllegalArgumentException("not a catalogued event: " + eventClass);
    }
    return eventClass.getAnnotation(EventType.class);
  }

  /**
   * Classpath location of the JSON Schema of an event class, e.g. {@code
   * vn/edu/platform/events/schemas/vn.edu.platform.plan.PlanIssued.v1.schema.json} (for {@code
   * ClassLoader.getResource}; no leading slash). Its {@code $id} is {@link
   * CloudEventHeaders#dataSchemaOf}.
   *
   * @throws IllegalArgumentException if the class is not in the catalogue
   */
  public static String schemaResource(Class<? extends IntegrationEvent> eventClass) {
    EventType descriptor = descriptorOf(eventClass);
    return SCHEMA_FOLDER + descriptor.type() + ".v" + descriptor.version() + ".schema.json";
  }

  /** The topics the catalogued events go to, sorted. */
  public static SortedSet<String> topics() {
    TreeSet<String> topics = new TreeSet<>();
    EVENTS.forEach(event -> topics.add(descriptorOf(event).topic()));
    return Collections.unmodifiableSortedSet(topics);
  }

  /**
   * The event class for a {@code ce_type} header and a schema version, for consumers choosing what
   * to deserialise a payload into.
   */
  public static Optional<Class<? extends IntegrationEvent>> byType(String type, int version) {
    return Optional.ofNullable(BY_TYPE_AND_VERSION.get(key(type, version)));
  }

  private static Map<String, Class<? extends IntegrationEvent>> index() {
    Map<String, Class<? extends IntegrationEvent>> index = new LinkedHashMap<>();
    for (Class<? extends IntegrationEvent> event : EVENTS) {
      EventType descriptor = event.getAnnotation(EventType.class);
      if (descriptor == null) {
        throw new IllegalStateException(event + " has no @EventType");
      }
      var previous = index.put(key(descriptor.type(), descriptor.version()), event);
      if (previous != null) {
        throw new IllegalStateException(
            event
                + " and "
                + previous
                + " share "
                + descriptor.type()
                + " v"
                + descriptor.version());
      }
    }
    return Map.copyOf(index);
  }

  private static String key(String type, int version) {
    return type + ":v" + version;
  }
}
