/**
 * The security kit every service runs against its own OpenAPI document: an authorization matrix
 * (every operation × every persona gets the outcome the service's matrix file documents, and no
 * caller reads another unit's object) and a schema-driven fuzzer (invalid and boundary requests
 * answer a documented status with a valid problem body and change nothing). The service supplies a
 * matrix file and a {@link vn.edu.platform.test.securitykit.SecurityFixture}; see the module
 * README.
 */
@NullMarked
package vn.edu.platform.test.securitykit;

import org.jspecify.annotations.NullMarked;
