/**
 * What a service implements to accept bulk uploads: an {@link
 * vn.edu.platform.starter.imports.spi.ImportDefinition} bean names an import type, declares its
 * columns (the template is generated from them), turns one file row into a value or a list of
 * cell-level violations, and applies a chunk of valid values inside the framework's transaction.
 * Everything else (upload, storage, idempotency, streaming, chunking, resumption, error reports,
 * access control, the REST API) is the framework's, so every service behaves the same to schools.
 */
@NullMarked
package vn.edu.platform.starter.imports.spi;

import org.jspecify.annotations.NullMarked;
