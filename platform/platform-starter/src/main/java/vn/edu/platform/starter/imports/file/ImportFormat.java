package vn.edu.platform.starter.imports.file;

import java.util.Locale;
import java.util.Optional;

/** The file formats an import accepts. */
public enum ImportFormat {
  CSV("csv", "text/csv"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String mediaType;

  ImportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Parses {@code csv} / {@code xlsx}, any case. */
  public static Optional<ImportFormat> fromExtension(String extension) {
    for (ImportFormat format : values()) {
      if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
