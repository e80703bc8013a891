package vn.edu.platform.studentrecord.extract.adapter.out.seal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The extract seal ({@code student-record.extracts.*}): the service's own key, an organisation
 * certificate of the department's (not a person's), which signs every extract to attest that it
 * reproduces the signed record. Without a keystore the service runs and refuses to issue extracts
 * ({@code extract-seal-unavailable}).
 *
 * @param sealKeystore a PKCS#12 file holding the seal's key and certificate chain
 * @param sealPassword the PKCS#12 file's password (an environment variable in production, never
 *     committed)
 * @param sealAlias the key entry to use; null for the file's only key entry
 * @param sealLocation the location the signature dictionary names (ISO 32000-1, 12.8.1)
 */
@ConfigurationProperties("student-record.extracts")
public record ExtractSealProperties(
    @Nullable Path sealKeystore,
    @Nullable String sealPassword,
    @Nullable String sealAlias,
    @DefaultValue("Hải Phòng") String sealLocation) {}
