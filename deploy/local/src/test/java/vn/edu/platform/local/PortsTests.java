package vn.edu.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTests {

  @Test
  void portWithAListenerIsBusyAndFreeOnceItCloses() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
      assertThat(Ports.isListening(port)).isTrue();
    }
    assertThat(Ports.isListening(port)).isFalse();
  }
}
