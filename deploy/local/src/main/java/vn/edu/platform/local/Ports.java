package vn.edu.platform.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something already listens on a local port. */
final class Ports {

  private Ports() {}

  /** True when a TCP connection to {@code localhost:port} succeeds. */
  static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 300);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
