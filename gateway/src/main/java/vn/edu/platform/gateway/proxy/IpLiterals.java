package vn.edu.platform.gateway.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP address literals from header values, without ever asking DNS: {@code InetAddress.getByName}
 * resolves anything that is not a literal, and a forged {@code X-Forwarded-For} must not make the
 * gateway look up host names.
 */
final class IpLiterals {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern BRACKETED_IPV6 =
      Pattern.compile("\\[([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)](?::\\d{1,5})?");

  private IpLiterals() {}

  /** An IPv4 address (optionally with a port) or an IPv6 address (optionally bracketed). */
  static Optional<InetAddress> parse(String text) {
    String value = text.trim();
    Matcher v4 = IPV4.matcher(value);
    if (v4.matches()) {
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(v4.group(i + 1));
        if (octet > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) octet;
      }
      return byAddress(bytes);
    }
    Matcher bracketed = BRACKETED_IPV6.matcher(value);
    String v6 = bracketed.matches() ? bracketed.group(1) : value;
    if (!IPV6.matcher(v6).matches()) {
      return Optional.empty();
    }
    try {
      // a string with a colon is parsed as an IPv6 literal, never resolved
      return Optional.of(InetAddress.getByName(v6));
    } catch (UnknownHostException invalidLiteral) {
      return Optional.empty();
    }
  }

  static Optional<String> format(byte[] address) {
    return byAddress(address).map(InetAddress::getHostAddress);
  }

  private static Optional<InetAddress> byAddress(byte[] bytes) {
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException wrongLength) {
      return Optional.empty();
    }
  }
}
