package vn.edu.platform.runtime.process;

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

  @Test
  void aFreePairLeavesBothPortsBindable() throws IOException {
    int port = Ports.freePair();
    try (ServerSocket client = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        ServerSocket controller = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
      assertThat(controller.getLocalPort()).isEqualTo(client.getLocalPort() + 1);
    }
  }
}
