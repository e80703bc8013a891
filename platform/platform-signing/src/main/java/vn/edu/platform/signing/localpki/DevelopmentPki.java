package vn.edu.platform.signing.localpki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
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

/**
 * A PKI shaped like the real one, for development, tests and the demo: a root CA, an issuing CA
 * below it, and signer certificates for people (RSA-2048, as Vietnamese CAs issue) naming the
 * person, the unit and the role; a CRL of the issuing CA. Generated with BouncyCastle. Nothing here
 * is trusted outside the platform's own development configuration.
 */
public final class DevelopmentPki {

  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
  private static final Duration CA_LIFETIME = Duration.ofDays(3650);

  /**
   * Where the CAs' CRLs are published: the local platform's PKI endpoint. In tests the CRLs are
   * answered in process ({@link DevelopmentPkiCrlSource}); the URLs only say where they would be.
   */
  public static final String ROOT_CRL_URL = "http://localhost:8190/pki/root.crl";

  public static final String ISSUING_CRL_URL = "http://localhost:8190/pki/issuing.crl";

  private final Authority root;
  private final Authority issuing;
  private final AtomicLong serials = new AtomicLong(1000);
  private final Map<BigInteger, Revocation> revoked = new LinkedHashMap<>();

  private final String organisation;

  private DevelopmentPki(Authority root, Authority issuing, String organisation) {
    this.root = root;
    this.issuing = issuing;
    this.organisation = organisation;
  }

  /** A new root and issuing CA, valid from {@code now} for ten years. */
  public static DevelopmentPki create(String organisation, Instant now) {
    try {
      KeyPair rootKeys = rsa2048();
      X500Name rootName = name(organisation, "EDU Local Root CA", null, null);
      X509Certificate rootCert =
          sign(
              new JcaX509v3CertificateBuilder(
                      rootName,
                      BigInteger.ONE,
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
      Authority root = new Authority(rootCert, rootKeys.getPrivate());

      KeyPair issuingKeys = rsa2048();
      X509Certificate issuingCert =
          sign(
              caBuilder(
                      root,
                      name(organisation, "EDU Local Issuing CA", null, null),
                      issuingKeys,
                      now)
                  .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                  .addExtension(
                      Extension.keyUsage,
                      true,
                      new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
              root.key());
      return new DevelopmentPki(
          root, new Authority(issuingCert, issuingKeys.getPrivate()), organisation);
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

  /**
   * A signer certificate of the issuing CA for a person acting for a unit in a role, valid {@code
   * validity} from {@code notBefore}, with its key, as one PKCS#12 entry (alias {@code signer}).
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
      BigInteger serial = BigInteger.valueOf(serials.incrementAndGet());
      X509v3CertificateBuilder builder =
          issuedBy(
                  issuing.certificate(),
                  ISSUING_CRL_URL,
                  serial,
                  notBefore,
                  notBefore.plus(validity),
                  name(unitName, fullName, unitCode, role),
                  keys)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate = sign(builder, issuing.key());
      return new IssuedSigner(
          certificate, pkcs12(keys.getPrivate(), certificate), IssuedSigner.PASSWORD.clone());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not issue a signer certificate", e);
    }
  }

  /**
   * A time-stamp authority's certificate of the issuing CA (extended key usage timeStamping,
   * critical, as RFC 3161 requires) and its key.
   */
  public TimestampAuthority issueTimestampAuthority(Instant notBefore, Duration validity) {
    try {
      KeyPair keys = rsa2048();
      X509v3CertificateBuilder builder =
          issuedBy(
                  issuing.certificate(),
                  ISSUING_CRL_URL,
                  BigInteger.valueOf(serials.incrementAndGet()),
                  notBefore,
                  notBefore.plus(validity),
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
      X509Certificate certificate = sign(builder, issuing.key());
      return new TimestampAuthority(
          certificate,
          keys.getPrivate(),
          List.of(certificate, issuing.certificate(), root.certificate()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("could not issue the time-stamp authority", e);
    }
  }

  /**
   * Records the revocation of a certificate of this PKI (a signer's, the TSA's, or the issuing
   * CA's); the next CRL of its issuer lists it.
   */
  public synchronized void revoke(X509Certificate certificate, Instant when) {
    X509Certificate issuer =
        certificate.getIssuerX500Principal().equals(root.certificate().getSubjectX500Principal())
            ? root.certificate()
            : issuing.certificate();
    revoked.put(
        certificate.getSerialNumber(), new Revocation(issuer, when, CRLReason.keyCompromise));
  }

  /** The issuing CA's CRL as of {@code thisUpdate}, valid for {@code validity}. */
  public X509CRL crl(Instant thisUpdate, Duration validity) {
    return crlOf(issuing.certificate(), thisUpdate, validity);
  }

  /**
   * The CRL of {@code issuer} (the root or the issuing CA) as of {@code thisUpdate}, valid for
   * {@code validity}; empty when {@code issuer} is no CA of this PKI.
   */
  public Optional<X509CRL> crlFor(X509Certificate issuer, Instant thisUpdate, Duration validity) {
    if (!issuer.equals(root.certificate()) && !issuer.equals(issuing.certificate())) {
      return Optional.empty();
    }
    return Optional.of(crlOf(issuer, thisUpdate, validity));
  }

  private synchronized X509CRL crlOf(
      X509Certificate issuer, Instant thisUpdate, Duration validity) {
    Authority authority = issuer.equals(root.certificate()) ? root : issuing;
    try {
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(
              X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded()),
              Date.from(thisUpdate));
      builder.setNextUpdate(Date.from(thisUpdate.plus(validity)));
      revoked.forEach(
          (serial, revocation) -> {
            if (revocation.issuer().equals(authority.certificate())) {
              builder.addCRLEntry(serial, Date.from(revocation.when()), revocation.reason());
            }
          });
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(authority.certificate()));
      return new JcaX509CRLConverter().getCRL(builder.build(signer(authority.key())));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("could not issue the CRL", e);
    }
  }

  private static X509v3CertificateBuilder caBuilder(
      Authority parent, X500Name subject, KeyPair keys, Instant now)
      throws GeneralSecurityException, IOException {
    return issuedBy(
        parent.certificate(),
        ROOT_CRL_URL,
        BigInteger.TWO,
        now.minusSeconds(60),
        now.plus(CA_LIFETIME),
        subject,
        keys);
  }

  /**
   * A certificate of {@code issuer} for {@code keys}, with both key identifiers and the issuer's
   * CRL distribution point (a verifier wants to know where revocation data would be, even when the
   * signature carries it).
   */
  private static X509v3CertificateBuilder issuedBy(
      X509Certificate issuer,
      String issuerCrlUrl,
      BigInteger serial,
      Instant notBefore,
      Instant notAfter,
      X500Name subject,
      KeyPair keys)
      throws GeneralSecurityException, IOException {
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    GeneralNames location =
        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, issuerCrlUrl));
    return new JcaX509v3CertificateBuilder(
            issuer, serial, Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
        .addExtension(
            Extension.cRLDistributionPoints,
            false,
            new CRLDistPoint(
                new DistributionPoint[] {
                  new DistributionPoint(new DistributionPointName(location), null, null)
                }))
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
    return name.addRDN(BCStyle.CN, commonName).build();
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

  private byte[] pkcs12(PrivateKey key, X509Certificate certificate)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        IssuedSigner.ALIAS,
        key,
        IssuedSigner.PASSWORD,
        new Certificate[] {certificate, issuing.certificate(), root.certificate()});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, IssuedSigner.PASSWORD);
    return out.toByteArray();
  }

  private record Authority(X509Certificate certificate, PrivateKey key) {}

  private record Revocation(X509Certificate issuer, Instant when, int reason) {}
}
