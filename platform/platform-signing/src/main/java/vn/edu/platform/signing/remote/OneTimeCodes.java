package vn.edu.platform.signing.remote;

/**
 * Asks the person who signs for the one-time code their CA just sent them (SMS, app): the port
 * through which {@link CscSigningKey} gets the confirmation of a batch. The adapter never invents a
 * code; the caller shows the person what they are confirming (their credential, how many documents)
 * and returns what they typed.
 *
 * <p>Called once per batch, after the CA was asked to send the code and before the batch is
 * authorised; it may block until the person answers (the CA's code expires on its own schedule).
 */
@FunctionalInterface
public interface OneTimeCodes {

  /**
   * The code the person typed to sign {@code documents} documents with {@code credential}, or
   * {@code null} (or blank) if they declined: then nothing is signed ({@code cancelled}).
   */
  String codeFor(RemoteCredential credential, int documents);
}
