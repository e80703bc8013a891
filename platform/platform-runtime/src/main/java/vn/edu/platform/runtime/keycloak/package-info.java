/** Keycloak from its distribution zip in development mode, with realm files imported. */
@NullMarked
package vn.edu.platform.runtime.keycloak;

import org.jspecify.annotations.NullMarked;
