package vn.edu.platform.signing.localpki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.edu.platform.signing.localpki.PkiDirectory.KeyEntry;

/**
 * A PKI shaped like the real one, for development, tests and the demo: a root CA, an issuing CA
 * below it, signer certificates for people (RSA-2048, as Vietnamese CAs issue) naming the person,
 * the unit and the role, and a time-stamp authority; revocations, and both CAs' CRLs. Generated
 * with BouncyCastle. Nothing here is trusted outside the platform's own development configuration.
 *
 * <p>Every certificate below the root names where a relying party finds its status: its issuer's
 * CRL (distribution point), the OCSP responder and its issuer's certificate (authority information
 * access), all under the PKI's {@link PkiEndpoints base URL}, which {@link PkiHttpServer} serves.
 *
 * <p>{@link #create} keeps everything in memory (unit tests); {@link #openOrCreate} keeps it in a
 * directory (the local platform, the test kit), so that a restart finds the same root, the same
 * signers and the same revocations.
 */
public final class DevelopmentPki {

  /** Where the local platform serves the PKI ({@code ./platform-local}). */
  public static final String DEFAULT_BASE_URL = "http://localhost:8190/pki";

  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
  private static final Duration CA_LIFETIME = Duration.ofDays(3650);
  private static final BigInteger ROOT_SERIAL = BigInteger.ONE;
  private static final BigInteger ISSUING_SERIAL = BigInteger.TWO;

  /** Serials of the issuing CA start above this; the root issues only {@link #ISSUING_SERIAL}. */
  private static final long FIRST_SERIAL = 1000;

  private final KeyEntry root;
  private final KeyEntry issuing;
  private final String organisation;
  private final PkiEndpoints endpoints;
  private final PkiDirectory directory;

  // guarded by this
  private long lastSerial;
  private final Map<BigInteger, KeyEntry> issued = new LinkedHashMap<>();
  private final Map<BigInteger, Revocation> revoked = new LinkedHashMap<>();
  private TimestampAuthority timestampAuthority;

  private DevelopmentPki(
      KeyEntry root,
      KeyEntry issuing,
      String organisation,
      PkiEndpoints endpoints,
      PkiDirectory directory) {
    this.root = root;
    this.issuing = issuing;
    this.organisation = organisation;
    this.endpoints = endpoints;
    this.directory = directory;
    this.lastSerial = FIRST_SERIAL;
  }

  /**
   * A new root and issuing CA in memory, valid from {@code now} for ten years, publishing under
   * {@link #DEFAULT_BASE_URL}.
   */
  public static DevelopmentPki create(String organisation, Instant now) {
    return create(organisation, DEFAULT_BASE_URL, now);
  }

  /**
   * A new root and issuing CA in memory, valid from {@code now}, publishing under {@code baseUrl}.
   */
  public static DevelopmentPki create(String organisation, String baseUrl, Instant now) {
    return generate(organisation, new PkiEndpoints(baseUrl), now, null);
  }

  /**
   * The PKI saved in {@code directory}, or a new one created and saved there when the directory
   * holds none.
   *
   * @param organisation the CAs' organisation (O), used when creating
   * @param baseUrl where its endpoints are served; must be the one it was created with, since its
   *     certificates name it
   * @param clock the time of creation
   * @throws IllegalStateException when the saved PKI publishes under another base URL or its files
   *     cannot be read
   */
  public static DevelopmentPki openOrCreate(
      Path directory, String organisation, String baseUrl, Clock clock) {
    PkiDirectory files = new PkiDirectory(directory);
    PkiEndpoints endpoints = new PkiEndpoints(baseUrl);
    if (!files.exists()) {
      files.removeLeftovers();
      DevelopmentPki created = generate(organisation, endpoints, clock.instant(), files);
      files.writeAuthorities(created.root, created.issuing);
      files.writeRevocations(List.of());
      // last: a directory without settings is an unfinished creation and is created again
      files.writeSettings(new PkiDirectory.Settings(organisation, endpoints.baseUrl()));
      return created;
    }
    PkiDirectory.Settings settings = files.readSettings();
    if (!endpoints.baseUrl().equals(settings.baseUrl())) {
      throw new IllegalStateException(
          "the development PKI in "
              + directory
              + " publishes under "
              + settings.baseUrl()
              + ", which its certificates name, not "
              + endpoints.baseUrl()
              + ": use that base URL or delete the directory");
    }
    List<KeyEntry> authorities = files.readAuthorities();
    DevelopmentPki pki =
        new DevelopmentPki(
            authorities.get(0), authorities.get(1), settings.organisation(), endpoints, files);
    for (KeyEntry entry : files.readIssued()) {
      BigInteger serial = entry.certificate().getSerialNumber();
      pki.issued.put(serial, entry);
      pki.lastSerial = Math.max(pki.lastSerial, serial.longValueExact());
    }
    for (Revocation revocation : files.readRevocations()) {
      pki.revoked.put(revocation.serial(), revocation);
    }
    return pki;
  }

  private static DevelopmentPki generate(
      String organisation, PkiEndpoints endpoints, Instant now, PkiDirectory directory) {
    try {
      KeyPair rootKeys = rsa2048();
      X500Name rootName = name(organisation, "EDU Local Root CA", null, null);
      X509Certificate rootCert =
          sign(
              new JcaX509v3CertificateBuilder(
                      rootName,
                      ROOT_SERIAL,
                      Date.from(now.minusSeconds(60)),
                      Date.from(now.plus(CA_LIFETIME)),
                      rootName,
                      rootKeys.getPublic())
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                  .addExtension(
                      Extension.keyUsage,
                      true,
                      new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                  .addExtension(
                      Extension.subjectKeyIdentifier,
                      false,
                      new JcaX509ExtensionUtils().createSubjectKeyIdentifier(rootKeys.getPublic())),
              rootKeys.getPrivate());
      KeyEntry root =
          new KeyEntry(PkiDirectory.ROOT_ALIAS, rootKeys.getPrivate(), List.of(rootCert));

      KeyPair issuingKeys = rsa2048();
      X509Certificate issuingCert =
          sign(
              issuedBy(
                      rootCert,
                      endpoints.rootCrl(),
                      endpoints.rootCertificate(),
                      endpoints,
                      ISSUING_SERIAL,
                      now.minusSeconds(60),
                      now.plus(CA_LIFETIME),
                      name(organisation, "EDU Local Issuing CA", null, null),
                      issuingKeys)
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                  .addExtension(
                      Extension.keyUsage,
                      true,
                      new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
              root.key());
      KeyEntry issuing =
          new KeyEntry(
              PkiDirectory.ISSUING_ALIAS, issuingKeys.getPrivate(), List.of(issuingCert, rootCert));
      return new DevelopmentPki(root, issuing, organisation, endpoints, directory);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not create the development PKI", e);
    }
  }

  public X509Certificate rootCertificate() {
    return root.certificate();
  }

  public X509Certificate issuingCertificate() {
    return issuing.certificate();
  }

  /** The URLs its certificates name. */
  public PkiEndpoints endpoints() {
    return endpoints;
  }

  /** The directory it is saved in; empty for a PKI in memory. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory).map(PkiDirectory::path);
  }

  /**
   * A signer certificate of the issuing CA for a person acting for a unit in a role, valid {@code
   * validity} from {@code notBefore}, with its key, as one PKCS#12 entry (alias {@code signer}). A
   * persistent PKI saves it before returning.
   */
  public IssuedSigner issueSigner(
      String fullName,
      String unitName,
      String unitCode,
      String role,
      Instant notBefore,
      Duration validity) {
    try {
      KeyPair keys = rsa2048();
      BigInteger serial = nextSerial();
      X509v3CertificateBuilder builder =
          issuedByIssuingCa(
                  serial, notBefore, validity, name(unitName, fullName, unitCode, role), keys)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      KeyEntry entry = record(IssuedSigner.ALIAS, keys.getPrivate(), sign(builder, issuing.key()));
      return signerOf(entry);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not issue a signer certificate", e);
    }
  }

  /**
   * A time-stamp authority's certificate of the issuing CA (extended key usage timeStamping,
   * critical, as RFC 3161 requires) and its key. A persistent PKI saves it before returning.
   */
  public TimestampAuthority issueTimestampAuthority(Instant notBefore, Duration validity) {
    try {
      KeyPair keys = rsa2048();
      X509v3CertificateBuilder builder =
          issuedByIssuingCa(
                  nextSerial(),
                  notBefore,
                  validity,
                  name(organisation, "EDU Local Time-Stamp Authority", null, null),
                  keys)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.extendedKeyUsage,
                  true,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
      KeyEntry entry =
          record(PkiDirectory.TSA_ALIAS, keys.getPrivate(), sign(builder, issuing.key()));
      return timestampAuthorityOf(entry);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not issue the time-stamp authority", e);
    }
  }

  /**
   * The PKI's own time-stamp authority, the one {@link PkiHttpServer} answers with: the first one
   * issued, or one issued now (valid as long as the issuing CA).
   */
  public synchronized TimestampAuthority timestampAuthority() {
    if (timestampAuthority == null) {
      timestampAuthority =
          issued.values().stream()
              .filter(entry -> entry.alias().equals(PkiDirectory.TSA_ALIAS))
              .findFirst()
              .map(DevelopmentPki::timestampAuthorityOf)
              .orElseGet(
                  () -> {
                    Instant from = issuing.certificate().getNotBefore().toInstant();
                    Instant to = issuing.certificate().getNotAfter().toInstant();
                    return issueTimestampAuthority(from, Duration.between(from, to));
                  });
    }
    return timestampAuthority;
  }

  /** Every signer certificate issued so far, with its key, in serial order. */
  public synchronized List<IssuedSigner> issuedSigners() {
    return issued.values().stream()
        .filter(entry -> entry.alias().equals(IssuedSigner.ALIAS))
        .map(DevelopmentPki::signerOf)
        .toList();
  }

  /**
   * The certificate with this serial number if this PKI issued it: the issuing CA's (serial 2, by
   * the root) or one of the issuing CA's.
   */
  public synchronized Optional<X509Certificate> certificate(BigInteger serial) {
    if (serial.equals(ISSUING_SERIAL)) {
      return Optional.of(issuing.certificate());
    }
    return Optional.ofNullable(issued.get(serial)).map(KeyEntry::certificate);
  }

  /**
   * Whether {@code issuer} (the root or the issuing CA) issued the certificate with this serial,
   * which is what lets an OCSP responder say good rather than unknown.
   */
  public synchronized boolean issued(X509Certificate issuer, BigInteger serial) {
    if (issuer.equals(root.certificate())) {
      return serial.equals(ISSUING_SERIAL);
    }
    return issuer.equals(issuing.certificate()) && issued.containsKey(serial);
  }

  /**
   * Records the revocation of a certificate of this PKI (a signer's, the TSA's, or the issuing
   * CA's) for key compromise; the next CRL of its issuer lists it.
   */
  public void revoke(X509Certificate certificate, Instant when) {
    revoke(certificate, when, RevocationReason.KEY_COMPROMISE);
  }

  /**
   * Records the revocation of a certificate of this PKI; the next CRL of its issuer and the OCSP
   * responder say so. A certificate already revoked keeps its first revocation, as a CA's published
   * revocation is final. A persistent PKI saves the list before returning.
   */
  public synchronized Revocation revoke(
      X509Certificate certificate, Instant when, RevocationReason reason) {
    boolean byRoot =
        certificate.getIssuerX500Principal().equals(root.certificate().getSubjectX500Principal());
    Revocation existing = revoked.get(certificate.getSerialNumber());
    if (existing != null) {
      return existing;
    }
    Revocation revocation = new Revocation(certificate.getSerialNumber(), byRoot, when, reason);
    revoked.put(revocation.serial(), revocation);
    if (directory != null) {
      directory.writeRevocations(revoked.values());
    }
    return revocation;
  }

  /**
   * Revokes the certificate this PKI issued with serial number {@code serial}.
   *
   * @throws IllegalArgumentException when this PKI issued no certificate with that serial
   */
  public Revocation revoke(BigInteger serial, Instant when, RevocationReason reason) {
    X509Certificate certificate =
        certificate(serial)
            .orElseThrow(
                () -> new IllegalArgumentException("no certificate with serial " + serial));
    return revoke(certificate, when, reason);
  }

  /** The revocation of the certificate with this serial, if it was revoked. */
  public synchronized Optional<Revocation> revocation(BigInteger serial) {
    return Optional.ofNullable(revoked.get(serial));
  }

  /** Every revocation recorded, in the order they were made. */
  public synchronized List<Revocation> revocations() {
    return List.copyOf(revoked.values());
  }

  /** The issuing CA's CRL as of {@code thisUpdate}, valid for {@code validity}. */
  public X509CRL crl(Instant thisUpdate, Duration validity) {
    return crlOf(issuing, thisUpdate, validity);
  }

  /**
   * The CRL of {@code issuer} (the root or the issuing CA) as of {@code thisUpdate}, valid for
   * {@code validity}; empty when {@code issuer} is no CA of this PKI.
   */
  public Optional<X509CRL> crlFor(X509Certificate issuer, Instant thisUpdate, Duration validity) {
    return authority(issuer).map(authority -> crlOf(authority, thisUpdate, validity));
  }

  /**
   * The key that signs as {@code issuer} (the root or the issuing CA): its CRLs, its OCSP answers.
   */
  Optional<PrivateKey> keyOf(X509Certificate issuer) {
    return authority(issuer).map(KeyEntry::key);
  }

  private Optional<KeyEntry> authority(X509Certificate certificate) {
    if (certificate.equals(root.certificate())) {
      return Optional.of(root);
    }
    return certificate.equals(issuing.certificate()) ? Optional.of(issuing) : Optional.empty();
  }

  private synchronized X509CRL crlOf(KeyEntry authority, Instant thisUpdate, Duration validity) {
    boolean rootCrl = authority == root;
    try {
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(
              X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded()),
              Date.from(thisUpdate));
      builder.setNextUpdate(Date.from(thisUpdate.plus(validity)));
      for (Revocation revocation : revoked.values()) {
        if (revocation.issuedByRoot() == rootCrl) {
          builder.addCRLEntry(
              revocation.serial(), Date.from(revocation.revokedAt()), revocation.reason().code());
        }
      }
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(authority.certificate()));
      // RFC 5280 requires a CRL number that grows: the time of issue in milliseconds does
      builder.addExtension(
          Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.toEpochMilli())));
      return new JcaX509CRLConverter().getCRL(builder.build(signer(authority.key())));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("could not issue the CRL", e);
    }
  }

  private synchronized BigInteger nextSerial() {
    lastSerial++;
    return BigInteger.valueOf(lastSerial);
  }

  /** Keeps an issued certificate (and, when persistent, saves it) so OCSP knows it. */
  private synchronized KeyEntry record(String alias, PrivateKey key, X509Certificate certificate) {
    KeyEntry entry =
        new KeyEntry(alias, key, List.of(certificate, issuing.certificate(), root.certificate()));
    if (directory != null) {
      directory.writeIssued(certificate.getSerialNumber(), PkiDirectory.pkcs12(List.of(entry)));
    }
    issued.put(certificate.getSerialNumber(), entry);
    return entry;
  }

  private static IssuedSigner signerOf(KeyEntry entry) {
    return new IssuedSigner(
        entry.certificate(),
        PkiDirectory.pkcs12(List.of(new KeyEntry(IssuedSigner.ALIAS, entry.key(), entry.chain()))),
        IssuedSigner.PASSWORD.clone());
  }

  private static TimestampAuthority timestampAuthorityOf(KeyEntry entry) {
    return new TimestampAuthority(entry.certificate(), entry.key(), entry.chain());
  }

  private X509v3CertificateBuilder issuedByIssuingCa(
      BigInteger serial, Instant notBefore, Duration validity, X500Name subject, KeyPair keys)
      throws GeneralSecurityException, IOException {
    // a certificate cannot start before its issuer: the demo signers, asked from five minutes ago,
    // were issued by a CA created a minute ago, and DSS found no issuer valid at their start
    Instant caStart = issuing.certificate().getNotBefore().toInstant();
    return issuedBy(
        issuing.certificate(),
        endpoints.issuingCrl(),
        endpoints.issuingCertificate(),
        endpoints,
        serial,
        notBefore.isBefore(caStart) ? caStart : notBefore,
        notBefore.plus(validity),
        subject,
        keys);
  }

  /**
   * A certificate of {@code issuer} for {@code keys}, with both key identifiers, the issuer's CRL
   * distribution point and the authority information access (the OCSP responder, the issuer's
   * certificate): a verifier wants to know where revocation data would be, even when the signature
   * carries it, and a signer at baseline-LT fetches it from there.
   */
  private static X509v3CertificateBuilder issuedBy(
      X509Certificate issuer,
      String issuerCrlUrl,
      String issuerCertificateUrl,
      PkiEndpoints endpoints,
      BigInteger serial,
      Instant notBefore,
      Instant notAfter,
      X500Name subject,
      KeyPair keys)
      throws GeneralSecurityException, IOException {
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    GeneralNames crl =
        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, issuerCrlUrl));
    List<AccessDescription> access = new ArrayList<>();
    access.add(
        new AccessDescription(
            AccessDescription.id_ad_ocsp,
            new GeneralName(GeneralName.uniformResourceIdentifier, endpoints.ocsp())));
    access.add(
        new AccessDescription(
            AccessDescription.id_ad_caIssuers,
            new GeneralName(GeneralName.uniformResourceIdentifier, issuerCertificateUrl)));
    return new JcaX509v3CertificateBuilder(
            issuer, serial, Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
        .addExtension(
            Extension.cRLDistributionPoints,
            false,
            new CRLDistPoint(
                new DistributionPoint[] {
                  new DistributionPoint(new DistributionPointName(crl), null, null)
                }))
        .addExtension(
            Extension.authorityInfoAccess,
            false,
            new AuthorityInformationAccess(access.toArray(new AccessDescription[0])))
        .addExtension(
            Extension.subjectKeyIdentifier,
            false,
            extensions.createSubjectKeyIdentifier(keys.getPublic()))
        .addExtension(
            Extension.authorityKeyIdentifier,
            false,
            extensions.createAuthorityKeyIdentifier(issuer));
  }

  /** C=VN, O=organisation, OU=unit code, T=role, CN=common name. */
  private static X500Name name(
      String organisation, String commonName, String unitCode, String role) {
    X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
    name.addRDN(BCStyle.O, organisation);
    if (unitCode != null) {
      name.addRDN(BCStyle.OU, unitCode);
    }
    if (role != null) {
      name.addRDN(BCStyle.T, role);
    }
    return name.addRDN(BCStyle.CN, Objects.requireNonNull(commonName)).build();
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
    return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
  }

  private static KeyPair rsa2048() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}
