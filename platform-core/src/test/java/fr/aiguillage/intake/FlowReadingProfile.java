package fr.aiguillage.intake;

import fr.aiguillage.beneficiary.NirProtector;
import fr.aiguillage.tenancy.TenantCode;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Where the first reading of a CNAF flow spends its time (issue 15): run on purpose, never in the
 * suite ({@code -Dtest=FlowReadingProfile}); prints the time of each layer over the same bytes.
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
      FlowStaging staging =
          new FlowStaging(CafScopeRule.WEBRSA, new TenantCode("08"), LocalDate.now(), nirs::protect)
              .printing(flowPrints);
      int prints = 0;
      try (FlowReading r =
          new FlowReading(() -> new ByteArrayInputStream(flow), FlowNames.caf(), flowPrints)) {
        while (r.next()) {
          prints += staging.prints(r.household(), r.digest()).size();
        }
      }
      long t3 = System.nanoTime();
      int quick = 0;
      long[] layers = new long[3];
      for (int layer = 0; layer < 3; layer++) {
        long l0 = System.nanoTime();
        try (FlowScan s =
            new FlowScan(new ByteArrayInputStream(flow), FlowNames.caf(), flowPrints::household)) {
          while (s.next()) {
            if (layer >= 1) {
              s.digest();
            }
            if (layer >= 2) {
              quick += s.quick() == null ? 0 : 1;
            }
          }
        }
        layers[layer] = (System.nanoTime() - l0) / 1_000_000;
      }
      long t4 = System.nanoTime();
      System.out.printf(
          "round %d: SHA-256 %d ms; reader %d ms (%d households); scan + reader + prints %d ms"
              + " (%d prints); scan alone %d ms, with digests %d ms, and designations %d ms (%d plain)%n",
          round,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          n,
          (t3 - t2) / 1_000_000,
          prints,
          layers[0],
          layers[1],
          layers[2],
          quick);
    }
  }
}
