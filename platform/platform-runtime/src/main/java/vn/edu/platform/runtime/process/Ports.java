package vn.edu.platform.runtime.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Local TCP ports: whether one is taken, and a free one. */
public final class Ports {

  private Ports() {}

  /** True when a TCP connection to {@code localhost:port} succeeds. */
  public static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 300);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  /**
   * A port that is free on the loopback interface now. Another process may take it before the
   * caller binds it; on a developer machine that race is rare enough to accept.
   */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on the loopback interface", e);
    }
  }

  /** A free port whose successor is free too (Kafka's client and controller listeners). */
  public static int freePair() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = free();
      if (port < 65535 && !isListening(port + 1) && canBind(port + 1)) {
        return port;
      }
    }
    throw new IllegalStateException("No two adjacent free ports on the loopback interface");
  }

  private static boolean canBind(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
