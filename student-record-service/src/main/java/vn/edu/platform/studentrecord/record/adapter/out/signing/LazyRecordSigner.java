package vn.edu.platform.studentrecord.record.adapter.out.signing;

import java.util.function.Supplier;
import vn.edu.platform.signing.remote.OneTimeCodes;
import vn.edu.platform.studentrecord.record.application.port.out.RecordSigner;

/** Builds the signer on first use, so that its settings are read only when someone signs. */
final class LazyRecordSigner implements RecordSigner {

  private final Supplier<RecordSigner> factory;
  private volatile RecordSigner signer;

  LazyRecordSigner(Supplier<RecordSigner> factory) {
    this.factory = factory;
  }

  @Override
  public Session open(String signerLogin, OneTimeCodes codes) {
    RecordSigner current = signer;
    if (current == null) {
      synchronized (this) {
        if (signer == null) {
          signer = factory.get();
        }
        current = signer;
      }
    }
    return current.open(signerLogin, codes);
  }
}
