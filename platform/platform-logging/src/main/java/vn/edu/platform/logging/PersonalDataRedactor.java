package vn.edu.platform.logging;

import java.util.regex.Pattern;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Last line of defence for the personal-data rule of Decree 356/2025: masks what looks like a
 * personal identification number (12 digits), a Vietnamese phone number or an e-mail address in
 * every string of every structured log line, including messages and stack traces. Services get it
 * through platform-starter; the gateway, which is reactive and cannot use the starter, names it in
 * its own configuration.
 *
 * <p>The first line of defence is not logging such data at all; this catches what slips through (an
 * exception message echoing input, a library's debug line). Unit codes, UUIDs and trace ids do not
 * match the patterns.
 */
public class PersonalDataRedactor implements StructuredLoggingJsonMembersCustomizer<Object> {

  static final String MASK = "[redacted]";

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  /** 12-digit personal id (CCCD) not part of a longer number. */
  private static final Pattern PERSONAL_ID = Pattern.compile("(?<![0-9A-Za-z-])\\d{12}(?![0-9])");

  /** Vietnamese mobile and landline numbers: 0xxxxxxxxx or +84xxxxxxxxx, spaces or dots allowed. */
  private static final Pattern PHONE =
      Pattern.compile("(?<![0-9A-Za-z-])(?:\\+84|0)(?:[ .]?\\d){9,10}(?![0-9])");

  @Override
  public void customize(JsonWriter.Members<Object> members) {
    members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, this::redact));
  }

  public String redact(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    String result = EMAIL.matcher(value).replaceAll(MASK);
    result = PERSONAL_ID.matcher(result).replaceAll(MASK);
    return PHONE.matcher(result).replaceAll(MASK);
  }
}
