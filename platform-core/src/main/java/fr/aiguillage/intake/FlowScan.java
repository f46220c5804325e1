package fr.aiguillage.intake;

import fr.aiguillage.intake.FlowNames.Element;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CNAF flow read as bytes, without parsing it (ADR 0021, decision 16): where each household
 * starts and ends, and a keyed digest of its bytes, so that a household whose bytes were imported
 * before is counted unchanged without {@link CafFlowReader} building it. Households are counted,
 * and elements not read noted, exactly as the reader does.
 *
 * <p>The scan vouches only for what it understands: an encoding that is not a superset of ASCII, a
 * DOCTYPE, a character reference or a non-ASCII byte outside the households, a tag that does not
 * close what is open, a file that ends inside an element… make it {@link Unsure}, and the reader
 * takes over from that household. Inside a household it checks nothing: a household is either found
 * by its digest among those the département imported — then its bytes are those of a household the
 * reader checked before, under the same encoding — or read by the reader.
 */
final class FlowScan implements AutoCloseable {
  /** Beyond this, a household is left to the reader rather than held as bytes. */
  static final int MAX_HOUSEHOLD_BYTES = 1 << 20;

  private static final int MAX_DEPTH = 200;
  private static final int MAX_NAME = 200;
  private static final Set<String> ENCODINGS =
      Set.of("UTF-8", "ISO-8859-1", "ISO-8859-15", "US-ASCII", "WINDOWS-1252");

  /** The scan cannot vouch for the file from here on: the reader reads the rest. */
  static final class Unsure extends Exception {
    Unsure(String why) {
      super(why, null, false, false);
    }
  }

  /** A household's keyed digest, computed from its bytes under the file's encoding. */
  @FunctionalInterface
  interface Digest {
    byte[] of(String encoding, byte[] bytes, int length);
  }

  /** An element name met, resolved once. */
  private static final class Name {
    final byte[] qualified;
    final String local;
    final Element element;

    Name(byte[] qualified, String local, Element element) {
      this.qualified = qualified;
      this.local = local;
      this.element = element;
    }

    boolean is(byte[] b, int length) {
      return Arrays.equals(qualified, 0, qualified.length, b, 0, length);
    }
  }

  private final InputStream in;
  private final FlowNames names;
  private final Digest digest;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean started;

  private String encoding = "UTF-8";
  private Charset charset = StandardCharsets.UTF_8;
  private boolean oneByte;
  // the names met, by a hash of their bytes (a flow has a few dozen)
  private final Name[][] known = new Name[256][];
  private final byte[] nameBuf = new byte[MAX_NAME];

  private final Name[] stack = new Name[MAX_DEPTH + 1];
  private int depth;
  private boolean rootSeen;
  private int householdDepth = -1;
  private int personDepth = -1;
  private int flowIdDepth = -1;
  private int households;
  private Name leaf;
  private final UnreadElements unread = new UnreadElements();
  private boolean unsure;
  private boolean ended;

  // the bytes of the household being read, from its start tag's '<' to its end tag's '>'
  private byte[] span = new byte[8192];
  private int spanLength;
  private int captureFrom = -1;
  private boolean householdDone;

  FlowScan(InputStream in, FlowNames names, Digest digest) {
    this.in = in;
    this.names = names;
    this.digest = digest;
  }

  /**
   * Reads up to the end of the next household: true, or false at the end of the file (the whole
   * file understood).
   */
  boolean next() throws IOException, Unsure {
    if (unsure) {
      throw new Unsure("the scan stopped before");
    }
    if (ended) {
      return false;
    }
    try {
      householdDone = false;
      if (!started) {
        started = true;
        prolog();
      }
      while (toTag()) {
        tag();
        if (householdDone) {
          return true;
        }
      }
      if (depth != 0 || !rootSeen) {
        throw new Unsure("the file ends inside an element, or has none");
      }
      ended = true;
      return false;
    } catch (Unsure e) {
      unsure = true;
      throw e;
    }
  }

  /** How many households were read. */
  int households() {
    return households;
  }

  /** The last household's digest. */
  byte[] digest() {
    return digest.of(encoding, span, spanLength);
  }

  /** Names of elements not read, with the first household they showed in, as the reader notes. */
  Map<String, Integer> unreadElements() {
    return unread.names();
  }

  boolean moreUnreadElements() {
    return unread.more();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  // --- the bytes

  private boolean fill() throws IOException, Unsure {
    if (captureFrom >= 0) {
      capture(captureFrom, limit);
      captureFrom = 0;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private void capture(int from, int to) throws Unsure {
    int n = to - from;
    if (spanLength + n > MAX_HOUSEHOLD_BYTES) {
      throw new Unsure("a household larger than " + MAX_HOUSEHOLD_BYTES + " bytes");
    }
    if (spanLength + n > span.length) {
      span = Arrays.copyOf(span, Math.max(span.length * 2, spanLength + n));
    }
    System.arraycopy(buf, from, span, spanLength, n);
    spanLength += n;
  }

  private int read() throws IOException, Unsure {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  private static boolean space(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /**
   * A byte outside the households, in text, a comment or a tag: ASCII, or any byte of a one-byte
   * encoding of the ISO-8859 family (where every byte is a character); else nothing is vouched for.
   */
  private void outside(int c) throws Unsure {
    if ((c >= 0x80 && !oneByte) || (c < 0x20 && !space(c)) || c == '&') {
      throw new Unsure("a character outside the households that the scan does not read");
    }
  }

  /** The byte-order mark and the XML declaration, whose encoding must be a superset of ASCII. */
  private void prolog() throws IOException, Unsure {
    if (!fill()) {
      throw new Unsure("an empty file");
    }
    boolean bom =
        limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF;
    if (bom) {
      pos = 3;
    } else if (limit >= 2 && (buf[0] == 0 || buf[1] == 0 || (buf[0] & 0xFF) >= 0xFE)) {
      throw new Unsure("UTF-16 or UTF-32");
    }
    if (limit - pos < 6 || buf[pos] != '<' || buf[pos + 1] != '?') {
      return;
    }
    String head = new String(buf, pos, Math.min(limit - pos, 200), StandardCharsets.ISO_8859_1);
    if (!head.startsWith("<?xml") || !space(head.charAt(5))) {
      return;
    }
    int end = head.indexOf("?>");
    if (end < 0) {
      throw new Unsure("an XML declaration the scan does not read");
    }
    String decl = head.substring(0, end);
    var m =
        java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']")
            .matcher(decl);
    if (m.find()) {
      String declared = m.group(1).toUpperCase(Locale.ROOT);
      if (!ENCODINGS.contains(declared) || (bom && !declared.equals("UTF-8"))) {
        throw new Unsure("an encoding the scan does not read");
      }
      encoding = declared;
      charset = Charset.forName(declared);
      oneByte = declared.startsWith("ISO-8859-");
    }
    for (int i = 0; i < end; i++) {
      outside(head.charAt(i));
    }
    pos += end + 2;
  }

  /** Reads up to the next '<' (consumed); false at the end of the file. */
  private boolean toTag() throws IOException, Unsure {
    for (; ; ) {
      if (householdDepth >= 0) {
        // inside a household, any byte: the reader checks it if the household is read
        int i = pos;
        while (i < limit && buf[i] != '<') {
          i++;
        }
        pos = i;
      } else {
        while (pos < limit && buf[pos] != '<') {
          int c = buf[pos] & 0xFF;
          outside(c);
          if (!space(c) && depth == 0) {
            throw new Unsure("text outside the root element");
          }
          pos++;
        }
      }
      if (pos < limit) {
        pos++;
        return true;
      }
      if (!fill()) {
        return false;
      }
    }
  }

  /** The markup after a '<'. */
  private void tag() throws IOException, Unsure {
    int lt = pos - 1;
    if (householdDepth < 0) {
      // a tag that may start a household: its bytes kept until it is known
      spanLength = 0;
      captureFrom = lt;
    }
    int c = read();
    switch (c) {
      case '/' -> endTag();
      case '?' -> instruction();
      case '!' -> bang();
      case -1 -> throw new Unsure("the file ends inside a tag");
      default -> startTag(c);
    }
    if (householdDepth < 0 && !householdDone) {
      captureFrom = -1;
      spanLength = 0;
    }
  }

  private Name name(int length) {
    return name(nameBuf, 0, length);
  }

  /** The name of these bytes, met before or not. */
  private Name name(byte[] b, int from, int length) {
    int h = 1;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + b[i];
    }
    Name[] bucket = known[h & 0xFF];
    if (bucket != null) {
      for (Name n : bucket) {
        if (Arrays.equals(n.qualified, 0, n.qualified.length, b, from, from + length)) {
          return n;
        }
      }
    }
    boolean ascii = true;
    for (int i = from; i < from + length; i++) {
      ascii &= b[i] >= 0;
    }
    String qualified = new String(b, from, length, ascii ? StandardCharsets.ISO_8859_1 : charset);
    String local = qualified.substring(qualified.indexOf(':') + 1);
    Name n =
        new Name(
            Arrays.copyOfRange(b, from, from + length), local, names.element(local).orElse(null));
    Name[] grown = bucket == null ? new Name[1] : Arrays.copyOf(bucket, bucket.length + 1);
    grown[grown.length - 1] = n;
    known[h & 0xFF] = grown;
    return n;
  }

  /**
   * A start tag without attributes whose bytes are all in the buffer, inside a household (the
   * common case), read in place; false if it is not one (nothing consumed then).
   */
  private boolean plainStartTag() throws Unsure {
    int from = pos - 1;
    int i = from;
    while (i < limit) {
      byte b = buf[i];
      if (b == '>') {
        break;
      }
      if (b == '/' || b == '<' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        return false;
      }
      i++;
    }
    if (i == limit || i == from || i - from > MAX_NAME) {
      return false;
    }
    Name n = name(buf, from, i - from);
    pos = i + 1;
    start(n);
    return true;
  }

  /**
   * The end tag of the element open, if its bytes are all in the buffer (nothing consumed else).
   */
  private boolean plainEndTag() throws Unsure {
    if (depth == 0) {
      return false;
    }
    byte[] q = stack[depth].qualified;
    int to = pos + q.length;
    if (to >= limit || buf[to] != '>' || !Arrays.equals(q, 0, q.length, buf, pos, to)) {
      return false;
    }
    pos = to + 1;
    end();
    return true;
  }

  private void startTag(int first) throws IOException, Unsure {
    boolean in = householdDepth >= 0;
    if (in && plainStartTag()) {
      return;
    }
    int c = first;
    int length = 0;
    while (c != '>' && c != '/' && !space(c)) {
      if (c < 0 || c == '<' || length == MAX_NAME) {
        throw new Unsure("a tag the scan does not read");
      }
      if (!in) {
        outside(c);
      }
      nameBuf[length++] = (byte) c;
      c = read();
    }
    if (length == 0) {
      throw new Unsure("a tag without a name");
    }
    boolean empty = false;
    for (; ; ) {
      while (space(c)) {
        c = read();
      }
      if (c == '>') {
        break;
      }
      if (c == '/') {
        if (read() != '>') {
          throw new Unsure("a tag the scan does not read");
        }
        empty = true;
        break;
      }
      // an attribute: name, '=', quoted value (the reader reads none)
      while (c != '=') {
        if (c < 0 || c == '<' || c == '>' || c == '/' || c == '"' || c == '\'') {
          throw new Unsure("an attribute the scan does not read");
        }
        if (!in) {
          outside(c);
        }
        c = read();
      }
      c = read();
      while (space(c)) {
        c = read();
      }
      if (c != '"' && c != '\'') {
        throw new Unsure("an attribute the scan does not read");
      }
      int quote = c;
      while ((c = read()) != quote) {
        if (c < 0 || c == '<') {
          throw new Unsure("an attribute the scan does not read");
        }
        if (!in) {
          outside(c);
        }
      }
      c = read();
      if (!space(c) && c != '>' && c != '/') {
        throw new Unsure("an attribute the scan does not read");
      }
    }
    start(name(length));
    if (empty) {
      end();
    }
  }

  private void endTag() throws IOException, Unsure {
    if (plainEndTag()) {
      return;
    }
    int length = 0;
    int c = read();
    while (c != '>' && !space(c)) {
      if (c < 0 || c == '<' || length == MAX_NAME) {
        throw new Unsure("an end tag the scan does not read");
      }
      nameBuf[length++] = (byte) c;
      c = read();
    }
    while (space(c)) {
      c = read();
    }
    if (c != '>' || depth == 0 || !stack[depth].is(nameBuf, length)) {
      throw new Unsure("an end tag that does not close the element open");
    }
    end();
  }

  /** A processing instruction, skipped; an XML declaration here is an error the reader reports. */
  private void instruction() throws IOException, Unsure {
    boolean in = householdDepth >= 0;
    int c = read();
    StringBuilder target = new StringBuilder();
    while (c >= 0 && !space(c) && c != '?' && target.length() < 4) {
      target.append((char) c);
      c = read();
    }
    if (target.toString().equalsIgnoreCase("xml")) {
      throw new Unsure("an XML declaration that is not at the start");
    }
    int previous = 0;
    while (c >= 0 && !(previous == '?' && c == '>')) {
      if (!in) {
        outside(c);
      }
      previous = c;
      c = read();
    }
    if (c < 0) {
      throw new Unsure("the file ends inside a processing instruction");
    }
  }

  /** A comment or CDATA section (skipped; CDATA only inside a household), else a DOCTYPE. */
  private void bang() throws IOException, Unsure {
    boolean in = householdDepth >= 0;
    int c = read();
    if (c == '-') {
      if (read() != '-') {
        throw new Unsure("markup the scan does not read");
      }
      int dashes = 0;
      while ((c = read()) >= 0) {
        if (c == '>' && dashes >= 2) {
          return;
        }
        if (!in && dashes >= 2) {
          throw new Unsure("'--' inside a comment");
        }
        if (!in) {
          outside(c);
        }
        dashes = c == '-' ? dashes + 1 : 0;
      }
      throw new Unsure("the file ends inside a comment");
    }
    if (c == '[' && in) {
      for (char expected : "CDATA[".toCharArray()) {
        if (read() != expected) {
          throw new Unsure("markup the scan does not read");
        }
      }
      int brackets = 0;
      while ((c = read()) >= 0) {
        if (c == '>' && brackets >= 2) {
          return;
        }
        brackets = c == ']' ? brackets + 1 : 0;
      }
      throw new Unsure("the file ends inside a CDATA section");
    }
    throw new Unsure("a DOCTYPE or markup the scan does not read");
  }

  // --- the reader's own walk (CafFlowReader#start, #end, #value), on names only

  private void start(Name n) throws Unsure {
    if (depth == MAX_DEPTH) {
      throw new Unsure("elements nested too deep");
    }
    if (depth == 0) {
      if (rootSeen) {
        throw new Unsure("a second root element");
      }
      rootSeen = true;
    }
    stack[++depth] = n;
    Element e = n.element;
    leaf = n;
    if (e == Element.HOUSEHOLD && householdDepth < 0) {
      householdDepth = depth;
      households++;
      leaf = null;
      return;
    }
    if (e == Element.PERSON && householdDepth >= 0 && personDepth < 0) {
      personDepth = depth;
      leaf = null;
    } else if (e == Element.FLOW_IDENTIFICATION && householdDepth < 0 && flowIdDepth < 0) {
      flowIdDepth = depth;
      leaf = null;
    }
  }

  private void end() throws Unsure {
    if (leaf != null) {
      value(leaf);
      leaf = null;
    }
    if (depth == personDepth) {
      personDepth = -1;
    } else if (depth == householdDepth) {
      householdDepth = -1;
      capture(captureFrom, pos);
      captureFrom = -1;
      householdDone = true;
    } else if (depth == flowIdDepth) {
      flowIdDepth = -1;
    }
    depth--;
  }

  private void value(Name n) {
    Element e = n.element;
    boolean read =
        householdDepth >= 0 && e != null && e.ofPerson() && personDepth >= 0
            || householdDepth >= 0 && e != null && e.ofHousehold()
            || flowIdDepth >= 0 && (e == Element.FLOW_DATE || e == Element.FLOW_TIME);
    if (!read) {
      unread.note(n.local, householdDepth >= 0 ? households : 0);
    }
  }
}
