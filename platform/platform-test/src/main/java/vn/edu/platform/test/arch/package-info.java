/**
 * Architecture rules shared by every service (framework-free domain, independent adapters, acyclic
 * features, dependencies pointing inwards), so that the hexagonal layout of docs/style.md is
 * checked by one line per service instead of copied rule sets that drift apart.
 */
@NullMarked
package vn.edu.platform.test.arch;

import org.jspecify.annotations.NullMarked;
