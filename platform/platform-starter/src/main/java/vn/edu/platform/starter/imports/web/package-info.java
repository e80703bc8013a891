/**
 * The REST face of the import framework, under the service's {@code
 * platform.service.api-base-path}: the list of import types with their columns, the templates, the
 * upload ({@code 202 Accepted} with the job, {@code 200} with the existing job for a repeated
 * upload), the job resource with its progress, and the row errors as paged JSON or as a CSV report
 * to download. Controllers are package-private and only translate HTTP to the services of the
 * {@code job} package.
 */
@NullMarked
package vn.edu.platform.starter.imports.web;

import org.jspecify.annotations.NullMarked;
