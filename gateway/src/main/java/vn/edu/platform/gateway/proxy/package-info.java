/**
 * What the gateway believes about the client behind any proxies: its address (connection peer, or
 * the {@code X-Forwarded-For} chain when the peer is a configured trusted proxy), whether it used
 * HTTPS, and the forwarding headers the services receive.
 */
@NullMarked
package vn.edu.platform.gateway.proxy;

import org.jspecify.annotations.NullMarked;
