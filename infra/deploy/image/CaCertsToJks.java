import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the image's Java trust store from Debian's ca-certificates package, so its provenance is a named package
 * version rather than whatever /etc/ssl/certs/java/cacerts on the build machine happens to hold.
 *
 * Usage: java CaCertsToJks.java <dir with *.crt, searched recursively> <output cacerts>
 *
 * Written as JKS, like Debian's own and the JDK's default store: its certificates can be read without a password,
 * which is how the JDK's default trust manager opens it. The file is written here rather than by KeyStore.store(),
 * which stamps every entry with the current time: this way the same package version gives the same bytes (each
 * entry is dated with its .crt file's time from the package), and so the same image layer.
 */
public class CaCertsToJks {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java CaCertsToJks.java <crt-dir> <out-cacerts>");
            System.exit(2);
        }
        List<Path> crts;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            crts = files.filter(p -> p.toString().endsWith(".crt")).sorted().collect(Collectors.toList());
        }
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream jks = new DataOutputStream(bytes);
        jks.writeInt(0xFEEDFEED);   // JKS magic
        jks.writeInt(2);            // version
        jks.writeInt(crts.size());
        for (Path crt : crts) {
            X509Certificate cert;
            try (InputStream in = Files.newInputStream(crt)) {
                cert = (X509Certificate) cf.generateCertificate(in);
            }
            String alias = crt.getFileName().toString().replaceFirst("\\.crt$", "").toLowerCase(Locale.ROOT) + " [debian]";
            byte[] der = cert.getEncoded();
            jks.writeInt(2);        // trusted certificate entry
            jks.writeUTF(alias);
            jks.writeLong(Files.getLastModifiedTime(crt).toMillis());
            jks.writeUTF("X.509");
            jks.writeInt(der.length);
            jks.write(der);
        }
        // Integrity digest, as sun.security.provider.JavaKeyStore computes it: SHA-1 over the password's UTF-16
        // bytes, the salt "Mighty Aphrodite" and the body.
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        for (char c : "changeit".toCharArray()) {
            sha1.update((byte) (c >> 8));
            sha1.update((byte) c);
        }
        sha1.update("Mighty Aphrodite".getBytes(StandardCharsets.UTF_8));
        sha1.update(bytes.toByteArray());
        jks.write(sha1.digest());
        jks.flush();
        Files.write(Path.of(args[1]), bytes.toByteArray());

        // Read it back through the JDK, with the password (checks the digest) and without (as the trust manager does).
        KeyStore check = KeyStore.getInstance("JKS");
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            check.load(in, "changeit".toCharArray());
        }
        KeyStore noPassword = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            noPassword.load(in, null);
        }
        if (check.size() != crts.size() || noPassword.size() != crts.size() || crts.size() < 50) {
            throw new IllegalStateException("wrote " + crts.size() + " certificates, read back " + check.size());
        }
        KeyStore ks = check;
        System.out.println(ks.size() + " CA certificates -> " + args[1]);
    }
}
