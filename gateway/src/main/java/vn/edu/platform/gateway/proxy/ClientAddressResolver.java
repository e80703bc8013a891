package vn.edu.platform.gateway.proxy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Who the client is, for rate limits and for the services' audit trail: the connection's peer,
 * unless that peer is a configured trusted proxy ({@code edu.gateway.trusted-proxies}). Then the
 * {@code X-Forwarded-For} chain is walked from the right, past every trusted hop, to the first
 * address no trusted proxy vouches for; anything to its left was written by the client and is
 * ignored. With no trusted proxy configured, forwarding headers are never believed, so a client
 * cannot choose its own rate-limit bucket.
 */
public final class ClientAddressResolver {

  static final String UNKNOWN = "unknown";
  private static final String X_FORWARDED_FOR = "X-Forwarded-For";
  private static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
  private static final String X_FORWARDED_HOST = "X-Forwarded-Host";

  private final List<IpRange> trustedProxies;

  public ClientAddressResolver(List<String> trustedProxies) {
    this.trustedProxies = trustedProxies.stream().map(IpRange::parse).toList();
  }

  /** The client's IP address as text, e.g. {@code 203.0.113.7}. */
  public String clientAddress(ServerHttpRequest request) {
    Optional<InetAddress> peer = peer(request);
    if (peer.isEmpty()) {
      return UNKNOWN;
    }
    InetAddress client = peer.get();
    if (!isTrusted(client)) {
      return client.getHostAddress();
    }
    List<String> hops = forwardedFor(request.getHeaders());
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
      if (hop.isEmpty()) {
        // garbage in the chain: the last trusted hop is all we know
        break;
      }
      client = hop.get();
      if (!isTrusted(client)) {
        break;
      }
    }
    return client.getHostAddress();
  }

  /** Whether the connection's peer is a trusted proxy, whose forwarding headers count. */
  public boolean peerIsTrustedProxy(ServerHttpRequest request) {
    return peer(request).map(this::isTrusted).orElse(false);
  }

  /** Whether the client used HTTPS: to the gateway, or to the trusted proxy in front of it. */
  public boolean isHttps(ServerHttpRequest request) {
    if ("https".equalsIgnoreCase(request.getURI().getScheme())) {
      return true;
    }
    return peerIsTrustedProxy(request)
        && firstValue(request.getHeaders(), X_FORWARDED_PROTO)
            .map("https"::equalsIgnoreCase)
            .orElse(false);
  }

  /** The host the client addressed: its {@code Host}, or what a trusted proxy says it was. */
  public Optional<String> originalHost(ServerHttpRequest request) {
    if (peerIsTrustedProxy(request)) {
      Optional<String> forwarded = firstValue(request.getHeaders(), X_FORWARDED_HOST);
      if (forwarded.isPresent()) {
        return forwarded;
      }
    }
    return Optional.ofNullable(request.getHeaders().getFirst(HttpHeaders.HOST));
  }

  private boolean isTrusted(InetAddress address) {
    for (IpRange range : trustedProxies) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<InetAddress> peer(ServerHttpRequest request) {
    InetSocketAddress remote = request.getRemoteAddress();
    return remote == null ? Optional.empty() : Optional.ofNullable(remote.getAddress());
  }

  private static List<String> forwardedFor(HttpHeaders headers) {
    List<String> hops = new ArrayList<>();
    for (String value : headers.getValuesAsList(X_FORWARDED_FOR)) {
      if (!value.isBlank()) {
        hops.add(value.trim());
      }
    }
    return hops;
  }

  private static Optional<String> firstValue(HttpHeaders headers, String name) {
    List<String> values = headers.getValuesAsList(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst().trim());
  }
}
