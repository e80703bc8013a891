package vn.edu.platform.signing.canonical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of a JSON text: what is signed, so that a record
 * re-serialised with other spacing, key order or number spelling still verifies. Uses the reference
 * implementation's Java port ({@code io.github.erdtman:java-json-canonicalization}).
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /** The canonical UTF-8 bytes of {@code json}; refuses text that is not one JSON value. */
  public static byte[] of(String json) {
    try {
      return new JsonCanonicalizer(json).getEncodedUTF8();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getMessage(), e);
    }
  }

  /** {@link #of(String)} of a UTF-8 JSON text. */
  public static byte[] of(byte[] utf8Json) {
    return of(new String(utf8Json, StandardCharsets.UTF_8));
  }
}
