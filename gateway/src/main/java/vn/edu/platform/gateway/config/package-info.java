/**
 * The gateway's typed configuration ({@code edu.gateway.*}) and the catalogue of the services it
 * routes to. Nothing here does I/O; every other package reads its settings from {@link
 * vn.edu.platform.gateway.config.GatewayProperties}.
 */
@NullMarked
package vn.edu.platform.gateway.config;

import org.jspecify.annotations.NullMarked;
