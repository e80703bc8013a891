package vn.edu.platform.studentrecord.extract.adapter.out.seal;

import java.util.function.Supplier;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal;

/**
 * The seal opened at its first use and kept open; while it cannot be opened every use says so
 * ({@link SealUnavailable}) and the next use tries again, so configuring the key needs a restart
 * but a keystore that was briefly unreadable does not.
 */
final class LazyExtractSeal implements ExtractSeal, AutoCloseable {

  /** An opened seal and the key to close with it. */
  record Opened(PadesExtractSeal seal, LocalSigningKey key) {}

  private final Supplier<Opened> opener;
  private volatile Opened opened;

  LazyExtractSeal(Supplier<Opened> opener) {
    this.opener = opener;
  }

  @Override
  public byte[] seal(byte[] pdf) {
    return opened().seal().seal(pdf);
  }

  private Opened opened() {
    Opened current = opened;
    if (current == null) {
      synchronized (this) {
        current = opened;
        if (current == null) {
          current = opener.get();
          opened = current;
        }
      }
    }
    return current;
  }

  @Override
  public void close() {
    Opened current = opened;
    if (current != null) {
      current.key().close();
    }
  }
}
