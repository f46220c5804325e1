package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.tenancy.TenantCode;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the first reading of a CNAF flow spends its time (issue 15): run on purpose, never in the
 * suite ({@code -Dtest=FlowReadingProfile}); prints the time of each layer over the same bytes: the
 * file's SHA-256, the parser alone, the scan alone and with its digests, a new file's first reading
 * (scan, parser, fingerprints) and a re-import's (households found by their bytes, the others
 * parsed).
 */
class FlowReadingProfile {
  @Test
  void profile() throws Exception {
    int households = Integer.getInteger("profile.households", 100_000);
    byte[] flow = CafFlowFile.stream(households, 42).readAllBytes();
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    NirProtector nirs = new NirProtector(key, key);
    System.out.printf("%,d households, %,d bytes%n", households, flow.length);
    for (int round = 0; round < Integer.getInteger("profile.rounds", 6); round++) {
      long t0 = System.nanoTime();
      MessageDigest.getInstance("SHA-256").digest(flow);
      long t1 = System.nanoTime();
      int n = 0;
      try (CafFlowReader r = new CafFlowReader(new ByteArrayInputStream(flow))) {
        r.header();
        while (r.next() != null) {
          n++;
        }
      }
      long t2 = System.nanoTime();
      FlowPrints flowPrints =
          new FlowPrints(new RowPrints(nirs.rowFingerprints(), "flow"), LocalDate.now());
      long[] scan = new long[2];
      for (int layer = 0; layer < 2; layer++) {
        long l0 = System.nanoTime();
        try (FlowScan s =
            new FlowScan(new ByteArrayInputStream(flow), FlowNames.caf(), flowPrints::household)) {
          while (s.next()) {
            if (layer == 1) {
              s.digest();
            }
          }
        }
        scan[layer] = (System.nanoTime() - l0) / 1_000_000;
      }
      FlowStaging staging =
          new FlowStaging(CafScopeRule.WEBRSA, new TenantCode("08"), LocalDate.now(), nirs::protect)
              .printing(flowPrints);
      List<byte[]> fingerprints = new ArrayList<>();
      long t3 = System.nanoTime();
      try (FlowReading r =
          new FlowReading(() -> new ByteArrayInputStream(flow), FlowNames.caf(), flowPrints)) {
        while (r.next()) {
          for (RowPrints.Print p : staging.prints(r.household(), r.digest())) {
            if (p.fingerprint() != null) {
              fingerprints.add(p.fingerprint());
            }
          }
        }
      }
      long t4 = System.nanoTime();
      PrintSet known = new PrintSet();
      fingerprints.forEach(known::add);
      int found = 0;
      int[] sent = {0};
      long t5 = System.nanoTime();
      try (FlowReading r =
          new FlowReading(() -> new ByteArrayInputStream(flow), FlowNames.caf(), flowPrints)) {
        while (r.next()) {
          if (flowPrints.found(r.ordinal(), r.digest(), known, p -> sent[0]++)) {
            found++;
          } else {
            sent[0] += staging.prints(r.household(), r.digest()).size();
          }
        }
      }
      long t6 = System.nanoTime();
      System.out.printf(
          "round %d: SHA-256 %d ms; parser %d ms (%d households); scan %d ms, with digests %d ms;"
              + " first reading %d ms (%d fingerprints); re-reading %d ms (%d households found by"
              + " their bytes, %d rows)%n",
          round,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          n,
          scan[0],
          scan[1],
          (t4 - t3) / 1_000_000,
          fingerprints.size(),
          (t6 - t5) / 1_000_000,
          found,
          sent[0]);
    }
  }
}
