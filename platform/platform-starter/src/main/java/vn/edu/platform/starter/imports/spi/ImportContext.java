package vn.edu.platform.starter.imports.spi;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who and what a chunk is applied for.
 *
 * @param jobId the import job; store it with applied rows when they must be traceable to a file
 * @param type the import type
 * @param submittedBy the submitter's subject (the token's {@code sub}), for audit columns
 * @param orgUnit the submitter's organisation unit code (the token's {@code org_unit}); a school's
 *     upload may only touch that school's data, which the definition enforces
 */
public record ImportContext(
    UUID jobId, String type, String submittedBy, @Nullable String orgUnit) {}
