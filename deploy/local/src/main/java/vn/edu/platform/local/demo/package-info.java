/**
 * Demo data of one realistic province (Hải Phòng), generated deterministically from the real
 * commune conversion table, and the loaders that put it into each service through the service's own
 * API.
 */
@NullMarked
package vn.edu.platform.local.demo;

import org.jspecify.annotations.NullMarked;
