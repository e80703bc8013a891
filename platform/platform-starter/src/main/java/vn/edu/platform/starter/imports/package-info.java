/**
 * The bulk import framework every service gets: a service declares {@link
 * vn.edu.platform.starter.imports.spi.ImportDefinition} beans and receives templates, CSV/XLSX
 * uploads, row-level validation, a job resource with progress, idempotent re-uploads, resumable
 * chunked processing and downloadable error reports. {@link
 * vn.edu.platform.starter.imports.ImportAutoConfiguration} wires it from {@link
 * vn.edu.platform.starter.imports.ImportProperties} ({@code platform.imports.*}); the tables live
 * in the {@code platform} schema ({@code db/platform/V4__import_jobs.sql}).
 */
@NullMarked
package vn.edu.platform.starter.imports;

import org.jspecify.annotations.NullMarked;
