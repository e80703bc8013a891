package vn.edu.platform.gateway.proxy;

import java.net.InetAddress;
import java.util.Arrays;

/** One address or CIDR range, e.g. {@code 10.0.0.0/8}, {@code 127.0.0.1} or {@code fd00::/8}. */
public record IpRange(byte[] network, int prefixLength) {

  public IpRange {
    network = network.clone();
    if (prefixLength < 0 || prefixLength > network.length * 8) {
      throw new IllegalArgumentException("prefix length out of range: " + prefixLength);
    }
  }

  /**
   * Parses {@code address} or {@code address/prefix}; the address must be a literal (no DNS).
   *
   * @throws IllegalArgumentException when it is neither
   */
  public static IpRange parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    InetAddress parsed =
        IpLiterals.parse(address)
            .orElseThrow(
                () -> new IllegalArgumentException("not an IP address or CIDR range: " + text));
    byte[] bytes = parsed.getAddress();
    int prefix;
    try {
      prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an IP address or CIDR range: " + text, e);
    }
    return new IpRange(bytes, prefix);
  }

  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    for (int i = 0; i < fullBytes; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int remainingBits = prefixLength % 8;
    if (remainingBits == 0) {
      return true;
    }
    int mask = (0xFF << (8 - remainingBits)) & 0xFF;
    return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpRange range
        && prefixLength == range.prefixLength
        && Arrays.equals(network, range.network);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network) + prefixLength;
  }

  @Override
  public String toString() {
    return IpLiterals.format(network).map(a -> a + "/" + prefixLength).orElse("?");
  }
}
