package vn.edu.platform.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressResolverTests {

  private final ClientAddressResolver noProxies = new ClientAddressResolver(List.of());
  private final ClientAddressResolver behindIngress =
      new ClientAddressResolver(List.of("10.0.0.0/8", "fd00::/8"));

  private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
    return MockServerHttpRequest.get("/public/v1/diplomas")
        .remoteAddress(new InetSocketAddress(peer, 40000));
  }

  @Test
  void takesTheConnectionPeerWhenNoProxyIsTrusted() {
    var request = from("198.51.100.7").header("X-Forwarded-For", "203.0.113.1").build();

    assertThat(noProxies.clientAddress(request)).isEqualTo("198.51.100.7");
  }

  @Test
  void ignoresForwardedForFromAnUntrustedPeer() {
    var request = from("198.51.100.7").header("X-Forwarded-For", "203.0.113.1").build();

    assertThat(behindIngress.clientAddress(request)).isEqualTo("198.51.100.7");
  }

  @Test
  void takesTheRightmostAddressNoTrustedProxyVouchesFor() {
    var request =
        from("10.1.2.3").header("X-Forwarded-For", "192.0.2.99, 203.0.113.5, 10.9.9.9").build();

    assertThat(behindIngress.clientAddress(request)).isEqualTo("203.0.113.5");
  }

  @Test
  void readsSeveralForwardedForHeadersAsOneChain() {
    var request =
        from("10.1.2.3")
            .header("X-Forwarded-For", "192.0.2.99")
            .header("X-Forwarded-For", "203.0.113.5")
            .build();

    assertThat(behindIngress.clientAddress(request)).isEqualTo("203.0.113.5");
  }

  @Test
  void stopsAtGarbageAndKeepsTheLastTrustedHop() {
    var request = from("10.1.2.3").header("X-Forwarded-For", "evil.example.com").build();

    assertThat(behindIngress.clientAddress(request)).isEqualTo("10.1.2.3");
  }

  @Test
  void understandsIpv6AndBracketedAddressesWithPorts() {
    var request = from("10.1.2.3").header("X-Forwarded-For", "[2001:db8::1]:51000").build();

    assertThat(behindIngress.clientAddress(request)).isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void believesForwardedProtoOnlyFromATrustedProxy() {
    var trusted = from("10.1.2.3").header("X-Forwarded-Proto", "https").build();
    var untrusted = from("198.51.100.7").header("X-Forwarded-Proto", "https").build();

    assertThat(behindIngress.isHttps(trusted)).isTrue();
    assertThat(behindIngress.isHttps(untrusted)).isFalse();
  }

  @Test
  void refusesTrustedProxyEntriesThatAreNotAddresses() {
    assertThatThrownBy(() -> new ClientAddressResolver(List.of("ingress.local")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ingress.local");
  }

  @Test
  void matchesCidrRangesBitByBit() {
    IpRange range = IpRange.parse("192.168.16.0/20");

    assertThat(range.contains(address("192.168.31.255"))).isTrue();
    assertThat(range.contains(address("192.168.32.0"))).isFalse();
    assertThat(range.contains(address("::1"))).isFalse();
  }

  private static java.net.InetAddress address(String literal) {
    return IpLiterals.parse(literal).orElseThrow();
  }
}
