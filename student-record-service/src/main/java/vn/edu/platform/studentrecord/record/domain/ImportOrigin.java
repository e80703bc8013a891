package vn.edu.platform.studentrecord.record.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where an imported record came from into this service: the transfer package's import (one per
 * request), the school that imported it and now holds it, who imported it and when. A record with
 * an origin was signed elsewhere and is kept exactly so.
 *
 * @param importId the import that brought it (the signatures it brought name it as their job)
 * @param schoolCode the importing school, which holds the record here (its placement names the
 *     school that signed it, which gains nothing by it)
 * @param importedBy the login of the administrator or principal who imported it
 */
public record ImportOrigin(
    UUID importId, String schoolCode, @Nullable String importedBy, Instant importedAt) {

  public ImportOrigin {
    Objects.requireNonNull(importId, "importId");
    Objects.requireNonNull(schoolCode, "schoolCode");
    Objects.requireNonNull(importedAt, "importedAt");
  }
}
