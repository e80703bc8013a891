package vn.edu.platform.starter.imports.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;

/** An import type the service accepts. */
@Schema(name = "ImportType", description = "A kind of file the service accepts, with its columns.")
record ImportTypeResponse(
    @Schema(description = "Stable name used in the upload URL.", example = "org-units") String type,
    @Schema(description = "Human-readable name.", example = "Danh mục đơn vị") String title,
    @Schema(
            description = "Realm roles allowed to upload this type.",
            example = "[\"dept-admin\", \"dept-officer\"]")
        Set<String> allowedRoles,
    @Schema(description = "Columns in template order.") List<Column> columns,
    @Schema(description = "Where to download the templates and upload files.") Links links) {

  @Schema(name = "ImportColumn", description = "One column of the file.")
  record Column(
      @Schema(description = "Stable key; also accepted as a header.", example = "unitCode")
          String key,
      @Schema(
              description =
                  "Header as the template shows it; matched ignoring case, diacritics and extra"
                      + " spaces.",
              example = "Mã đơn vị")
          String header,
      @Schema(description = "Whether the header must be present.", example = "true")
          boolean required,
      @Schema(
              description = "What to fill in.",
              example = "Mã định danh của đơn vị, 7 ký tự, ví dụ S000123")
          String description,
      @Schema(description = "Value of the template's example row.", example = "S000123")
          String example) {}

  @Schema(name = "ImportTypeLinks")
  record Links(
      @Schema(example = "/api/v1/plans/imports/org-units/template?format=xlsx") String templateXlsx,
      @Schema(example = "/api/v1/plans/imports/org-units/template?format=csv") String templateCsv,
      @Schema(example = "/api/v1/plans/imports/org-units") String upload) {}
}
