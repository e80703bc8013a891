package vn.edu.platform.plan.planning.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Metadata of a file attached to a plan (the signed PDF, an appendix); the file itself lives in a
 * document store at {@code uri}.
 *
 * @param sha256 hex digest of the file, so a copy can be checked against the original
 */
public record Attachment(String fileName, String mediaType, long size, String sha256, String uri) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public Attachment {
    fileName = Texts.nfc(fileName);
    mediaType = Texts.nfc(mediaType);
    sha256 = sha256 == null ? null : sha256.strip().toLowerCase(Locale.ROOT);
    uri = Texts.nfc(uri);
    if (fileName == null) {
      throw Plan.refusal("/fileName", "required", "An attachment has a file name");
    }
    if (size < 0) {
      throw Plan.refusal("/size", "invalid-size", "A size is not negative");
    }
    if (sha256 != null && !SHA256.matcher(sha256).matches()) {
      throw Plan.refusal("/sha256", "invalid-sha256", "A SHA-256 digest is 64 hexadecimal digits");
    }
  }
}
