/**
 * The development PKI over HTTP, one per test JVM: CRLs, OCSP and an RFC 3161 time-stamp authority
 * on an ephemeral port, so that a service's tests sign at baseline-LT against online services as it
 * does against a licensed CA. Needs {@code platform-signing} on the test class path.
 */
@NullMarked
package vn.edu.platform.test.pki;

import org.jspecify.annotations.NullMarked;
