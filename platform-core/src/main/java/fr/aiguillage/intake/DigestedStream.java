package fr.aiguillage.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file as an import reads it: its bytes counted, for progress, and digested, for the run. */
final class DigestedStream extends FilterInputStream {
  private final MessageDigest sha;
  private long count;

  private DigestedStream(InputStream in, MessageDigest sha) {
    super(new DigestInputStream(in, sha));
    this.sha = sha;
  }

  static DigestedStream of(InputStream in) {
    try {
      return new DigestedStream(in, MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes read so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  /** Reads what is left, then the SHA-256 of the whole file (of what was read if that fails). */
  String sha256() {
    try {
      transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the digest then covers what was read
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
