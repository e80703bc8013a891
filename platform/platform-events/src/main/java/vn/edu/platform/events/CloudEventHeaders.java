package vn.edu.platform.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding (binary content mode).
 *
 * <p>Header values are UTF-8 strings; {@code ce_time} is RFC 3339. Trace context travels beside
 * them in the W3C {@code traceparent} header.
 */
public final class CloudEventHeaders {

  public static final String SPEC_VERSION_VALUE = "1.0";

  public static final String ID = "ce_id";
  public static final String SOURCE = "ce_source";
  public static final String TYPE = "ce_type";
  public static final String SPEC_VERSION = "ce_specversion";
  public static final String SUBJECT = "ce_subject";
  public static final String TIME = "ce_time";
  public static final String DATA_SCHEMA = "ce_dataschema";
  public static final String CONTENT_TYPE = "content-type";

  private CloudEventHeaders() {}

  /** The {@code ce_dataschema} URI of an event type: the JSON Schema file in this module. */
  public static String dataSchemaOf(EventType type) {
    return "urn:edu-platform:schema:" + type.type() + ":v" + type.version();
  }
}
