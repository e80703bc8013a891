/**
 * The API-as-contract check: a service's served OpenAPI document against its committed copy, with
 * openapi-diff deciding what is a breaking change.
 */
@NullMarked
package vn.edu.platform.test.openapi;

import org.jspecify.annotations.NullMarked;
