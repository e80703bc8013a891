package vn.edu.platform.events;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Checks the compact constructors of event records share, so every event validates the same way
 * whether a producer builds it or a consumer deserialises it.
 *
 * <p>A missing required value throws {@link NullPointerException}; any other bad value throws
 * {@link IllegalArgumentException}. Messages name the field and never echo free text, since a
 * message may end up in a log.
 */
public final class EventPreconditions {

  private EventPreconditions() {}

  /** {@code value}, which must not be {@code null}. */
  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required");
  }

  /**
   * A code or short text: stripped of surrounding white space, NFC-normalised (Vietnamese text is
   * compared in NFC everywhere on the platform) and not blank.
   */
  public static String text(String value, String field) {
    required(value, field);
    String normalised = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (normalised.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return normalised;
  }

  /** Like {@link #text} but {@code null} stays {@code null}. */
  public static String optionalText(String value, String field) {
    return value == null ? null : text(value, field);
  }

  /** An immutable copy of {@code values}: required, no {@code null} elements. */
  public static <T> List<T> list(List<T> values, String field) {
    required(values, field);
    for (T value : values) {
      if (value == null) {
        throw new IllegalArgumentException(field + " must not contain null");
      }
    }
    return List.copyOf(values);
  }

  /** An immutable copy of {@code values}: required, no {@code null} elements, no duplicates. */
  public static <T> List<T> distinctList(List<T> values, String field) {
    List<T> copy = list(values, field);
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException(field + " must not contain duplicates");
    }
    return copy;
  }

  /** Codes normalised with {@link #text}, copied, without duplicates. */
  public static List<String> codes(List<String> values, String field) {
    required(values, field);
    return distinctList(
        values.stream().map(value -> text(value, field + " element")).toList(), field);
  }

  /** Throws {@link IllegalArgumentException} with {@code message} unless {@code condition}. */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
