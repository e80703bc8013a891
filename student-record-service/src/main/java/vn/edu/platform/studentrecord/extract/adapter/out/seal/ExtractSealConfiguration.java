package vn.edu.platform.studentrecord.extract.adapter.out.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.platform.signing.jades.JsonSigner;
import vn.edu.platform.signing.pades.PdfSigner;
import vn.edu.platform.signing.signer.LocalSigningKey;
import vn.edu.platform.signing.validationdata.OnlineValidationData;
import vn.edu.platform.signing.verification.TrustAnchors;
import vn.edu.platform.studentrecord.extract.application.port.out.ExtractSeal;

/**
 * The extract seal, opened at its first use (so the service starts without one and answers {@code
 * extract-seal-unavailable} until it is configured): the PKCS#12 key of {@link
 * ExtractSealProperties}, and the LT settings of {@link SealTimestamping} when present.
 */
@Configuration
@EnableConfigurationProperties({ExtractSealProperties.class, SealTimestamping.class})
class ExtractSealConfiguration {

  @Bean(destroyMethod = "close")
  LazyExtractSeal extractSeal(
      ExtractSealProperties properties, SealTimestamping timestamping, Clock clock) {
    return new LazyExtractSeal(() -> open(properties, timestamping, clock));
  }

  static LazyExtractSeal.Opened open(
      ExtractSealProperties properties, SealTimestamping timestamping, Clock clock) {
    if (properties.sealKeystore() == null) {
      throw new ExtractSeal.SealUnavailable("student-record.extracts.seal-keystore is not set");
    }
    char[] password =
        properties.sealPassword() == null ? new char[0] : properties.sealPassword().toCharArray();
    LocalSigningKey key;
    try {
      byte[] pkcs12 = Files.readAllBytes(properties.sealKeystore());
      String alias =
          properties.sealAlias() != null ? properties.sealAlias() : onlyKeyEntry(pkcs12, password);
      key = LocalSigningKey.fromPkcs12(pkcs12, password, alias);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new ExtractSeal.SealUnavailable(
          "the extract seal's keystore " + properties.sealKeystore() + " cannot be opened", e);
    }
    if (!timestamping.longTerm()) {
      return new LazyExtractSeal.Opened(
          new PadesExtractSeal(
              new PdfSigner(clock), key, JsonSigner.Level.BASELINE_B, properties.sealLocation()),
          key);
    }
    try {
      var data =
          OnlineValidationData.builder()
              .trustAnchors(TrustAnchors.fromFile(timestamping.trustAnchors()))
              .timestampAuthority(timestamping.timestampAuthorityUrl());
      if (timestamping.revocationReuse() != null) {
        data.reuseRevocationDataFor(timestamping.revocationReuse());
      }
      OnlineValidationData validation = data.build();
      return new LazyExtractSeal.Opened(
          new PadesExtractSeal(
              new PdfSigner(clock, validation.timestampSource(), validation.certificateVerifier()),
              key,
              JsonSigner.Level.BASELINE_LT,
              properties.sealLocation()),
          key);
    } catch (RuntimeException e) {
      key.close();
      throw new ExtractSeal.SealUnavailable(
          "the trust anchors or the time-stamp authority of student-record.signing cannot be used",
          e);
    }
  }

  /** The alias of the store's one key entry; a store with none or several names none. */
  static String onlyKeyEntry(byte[] pkcs12, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = new java.io.ByteArrayInputStream(pkcs12)) {
      store.load(in, password);
    }
    List<String> keys = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        keys.add(alias);
      }
    }
    if (keys.size() != 1) {
      throw new GeneralSecurityException(
          keys.size() + " key entries: name one with student-record.extracts.seal-alias");
    }
    return keys.getFirst();
  }
}
