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
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
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

  private final Authority root;
  private final Authority issuing;
  private final AtomicLong serials = new AtomicLong(1000);
  private final Map<BigInteger, Revocation> revoked = new LinkedHashMap<>();

  private DevelopmentPki(Authority root, Authority issuing) {
    this.root = root;
    this.issuing = issuing;
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
      return new DevelopmentPki(root, new Authority(issuingCert, issuingKeys.getPrivate()));
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

  /** Records the revocation of a certificate of the issuing CA; the next {@link #crl} lists it. */
  public synchronized void revoke(X509Certificate certificate, Instant when) {
    revoked.put(certificate.getSerialNumber(), new Revocation(when, CRLReason.keyCompromise));
  }

  /** The issuing CA's CRL as of {@code thisUpdate}, valid for {@code validity}. */
  public synchronized X509CRL crl(Instant thisUpdate, Duration validity) {
    try {
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(
              X500Name.getInstance(issuing.certificate().getSubjectX500Principal().getEncoded()),
              Date.from(thisUpdate));
      builder.setNextUpdate(Date.from(thisUpdate.plus(validity)));
      revoked.forEach(
          (serial, revocation) ->
              builder.addCRLEntry(serial, Date.from(revocation.when()), revocation.reason()));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuing.certificate()));
      return new JcaX509CRLConverter().getCRL(builder.build(signer(issuing.key())));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("could not issue the CRL", e);
    }
  }

  private static X509v3CertificateBuilder caBuilder(
      Authority parent, X500Name subject, KeyPair keys, Instant now)
      throws GeneralSecurityException, IOException {
    return issuedBy(
        parent.certificate(),
        BigInteger.TWO,
        now.minusSeconds(60),
        now.plus(CA_LIFETIME),
        subject,
        keys);
  }

  /** A certificate of {@code issuer} for {@code keys}, with both key identifiers. */
  private static X509v3CertificateBuilder issuedBy(
      X509Certificate issuer,
      BigInteger serial,
      Instant notBefore,
      Instant notAfter,
      X500Name subject,
      KeyPair keys)
      throws GeneralSecurityException, IOException {
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    return new JcaX509v3CertificateBuilder(
            issuer, serial, Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic())
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

  private record Revocation(Instant when, int reason) {}
}
