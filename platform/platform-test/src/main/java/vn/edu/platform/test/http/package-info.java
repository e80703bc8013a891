/** A small real HTTP client for tests of a running service. */
@NullMarked
package vn.edu.platform.test.http;

import org.jspecify.annotations.NullMarked;
