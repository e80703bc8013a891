package vn.edu.platform.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.signing.remote.simulator.CscSimulator;
import vn.edu.platform.signing.remote.simulator.OtpOutbox;

/**
 * The demo signers' "phones": the one-time codes the simulated CA sent, over HTTP on loopback (port
 * after the simulated CA's), so that a person trying the demo, or a benchmark, can read the code a
 * signing job waits for. {@code GET /otp-inbox} lists the messages, newest first; {@code GET
 * /otp-inbox/<login>} answers the latest code of that login as text (404 without one). Local only:
 * a real CA texts the signer's phone.
 */
final class OtpInboxServer implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final CscSimulator csc;
  private final Map<String, String> loginOfCredential;

  OtpInboxServer(int port, CscSimulator csc, Map<String, String> loginOfCredential) {
    this.csc = csc;
    this.loginOfCredential = Map.copyOf(loginOfCredential);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not bind the one-time code inbox on port " + port, e);
    }
    server.createContext("/otp-inbox", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/otp-inbox";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        answer(exchange, 405, "text/plain", "GET only");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      List<OtpOutbox.Message> messages = new ArrayList<>(csc.outbox().messages());
      java.util.Collections.reverse(messages);
      if (path.equals("/otp-inbox") || path.equals("/otp-inbox/")) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (OtpOutbox.Message m : messages) {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("login", loginOfCredential.get(m.credentialId()));
          entry.put("code", m.code());
          entry.put("sentAt", m.sentAt().toString());
          entry.put("text", m.text());
          list.add(entry);
        }
        answer(exchange, 200, "application/json", JSON.writeValueAsString(list));
        return;
      }
      String login = path.substring("/otp-inbox/".length());
      for (OtpOutbox.Message m : messages) {
        if (login.equals(loginOfCredential.get(m.credentialId()))) {
          answer(exchange, 200, "text/plain", m.code());
          return;
        }
      }
      answer(exchange, 404, "text/plain", "no code was sent to " + login);
    }
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
