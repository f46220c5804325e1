package fr.aiguillage.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One reading of a CNAF flow (ADR 0021, decision 16): its households in order, each with the digest
 * of its bytes ({@link FlowScan}), and parsed by {@link CafFlowReader} only when asked ({@link
 * #household}). The parser follows the scan lazily, on a stream of its own, reading without
 * building the households nobody asked for; a file read whole by the scan is never parsed beyond
 * what was asked. Where the scan cannot vouch for the file, the parser reads the rest, households
 * without digest, and says what is wrong with the file as it always did.
 */
final class FlowReading implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(FlowReading.class.getName());

  private final CafFlows.FlowFile flow;
  private final FlowNames names;
  private final DigestedStream bytes;
  private FlowScan scan;
  private CafFlowReader parser;
  // the last household the parser read, built or not
  private int parserAt;
  private int built;

  private int ordinal;
  private byte[] digest;
  private FlowHousehold household;

  FlowReading(CafFlows.FlowFile flow, FlowNames names, FlowPrints prints) throws IOException {
    this(flow, names, prints, null);
  }

  /**
   * @param parser the flow's parser, if one read its header already (before any household): it goes
   *     on from there, and is closed with this reading
   */
  FlowReading(CafFlows.FlowFile flow, FlowNames names, FlowPrints prints, CafFlowReader parser)
      throws IOException {
    this.flow = flow;
    this.names = names;
    this.parser = parser;
    this.bytes = DigestedStream.of(flow.open());
    this.scan = new FlowScan(bytes, names, prints::household);
  }

  /**
   * The next household; false at the end. {@link FlowUnreadable} where the file stops being
   * readable, after the households before it.
   */
  boolean next() {
    household = null;
    if (scan != null) {
      try {
        if (scan.next()) {
          ordinal = scan.households();
          digest = scan.digest();
          return true;
        }
        return false;
      } catch (FlowScan.Unsure e) {
        LOG.fine(
            () -> "Flow read by the parser after household " + ordinal + ": " + e.getMessage());
        scan = null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    digest = null;
    FlowHousehold h = parse(ordinal + 1);
    if (h == null) {
      return false;
    }
    ordinal = h.ordinal();
    household = h;
    return true;
  }

  int ordinal() {
    return ordinal;
  }

  /** The household's digest; null where the scan could not vouch for the file. */
  byte[] digest() {
    return digest;
  }

  /** The household, parsed. */
  FlowHousehold household() {
    if (household == null) {
      household = parse(ordinal);
      if (household == null || household.ordinal() != ordinal) {
        throw new IllegalStateException(
            "the parser does not find household " + ordinal + " where the scan did");
      }
    }
    return household;
  }

  /**
   * The household {@code n}, built by the parser after reading those before it; null at the end.
   */
  private FlowHousehold parse(int n) {
    if (parser == null) {
      try {
        parser = new CafFlowReader(flow.open(), names);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    while (parserAt < n - 1) {
      int k = parser.skip();
      if (k == 0) {
        return null;
      }
      parserAt = k;
    }
    FlowHousehold h = parser.next();
    if (h != null) {
      parserAt = h.ordinal();
      built++;
    }
    return h;
  }

  /** How many households the parser built. */
  int parsed() {
    return built;
  }

  /** Elements not read, as the whole file's reading found them (after {@link #next} was false). */
  Map<String, Integer> unreadElements() {
    return scan != null ? scan.unreadElements() : parser.unreadElements();
  }

  /** The SHA-256 of the whole file. */
  String sha256() {
    return bytes.sha256();
  }

  @Override
  public void close() {
    try {
      bytes.close();
    } catch (IOException e) {
      // read already
    }
    if (parser != null) {
      parser.close();
    }
  }
}
