package vn.edu.platform.signing.remote.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where {@link CscSimulator} delivers one-time codes, as a CA's SMS gateway would deliver them to
 * the signer's phone: a test (or the local demo's page of "received messages") reads the code the
 * person would have received.
 */
public final class OtpOutbox {

  /**
   * One delivered code.
   *
   * @param credentialId the credential the code confirms
   * @param recipient the holder of the credential (the certificate's common name)
   * @param code the one-time code
   * @param sentAt when the simulator's clock sent it
   * @param text the message as the person reads it
   */
  public record Message(
      String credentialId, String recipient, String code, Instant sentAt, String text) {}

  private final List<Message> messages = new CopyOnWriteArrayList<>();

  OtpOutbox() {}

  void deliver(Message message) {
    messages.add(message);
  }

  /** Every message delivered, oldest first. */
  public List<Message> messages() {
    return List.copyOf(messages);
  }

  /** The last message delivered for {@code credentialId}. */
  public Optional<Message> latest(String credentialId) {
    List<Message> all = messages();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).credentialId().equals(credentialId)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /** The code of the last message delivered for {@code credentialId}. */
  public String latestCode(String credentialId) {
    return latest(credentialId)
        .map(Message::code)
        .orElseThrow(
            () -> new IllegalStateException("no one-time code was sent for " + credentialId));
  }
}
