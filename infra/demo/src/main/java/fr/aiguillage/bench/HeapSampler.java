package fr.aiguillage.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the Liberty JVM's used heap with jstat every 200 ms. */
final class HeapSampler {
  private final Process jstat;
  private final AtomicLong peakKb = new AtomicLong();
  private final AtomicLong firstKb = new AtomicLong(-1);
  private final Thread reader;

  private HeapSampler(Process jstat) {
    this.jstat = jstat;
    reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                String line;
                List<String> header = null;
                while ((line = in.readLine()) != null) {
                  List<String> cols = List.of(line.trim().split("\\s+"));
                  if (cols.contains("EU")) {
                    header = cols;
                    continue;
                  }
                  if (header == null || cols.size() != header.size()) {
                    continue;
                  }
                  double used = 0;
                  for (String c : List.of("S0U", "S1U", "EU", "OU")) {
                    used += Double.parseDouble(cols.get(header.indexOf(c)).replace(',', '.'));
                  }
                  long kb = (long) used;
                  firstKb.compareAndSet(-1, kb);
                  peakKb.accumulateAndGet(kb, Math::max);
                }
              } catch (Exception e) {
                // sampling ends with the process
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  static HeapSampler start() throws Exception {
    Optional<ProcessHandle> liberty =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .map(c -> c.contains("ws-server.jar") && c.contains("aiguillage"))
                        .orElse(false))
            .findFirst();
    long pid = liberty.orElseThrow(() -> new IllegalStateException("Liberty is not running")).pid();
    return new HeapSampler(new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "200").start());
  }

  long stop() throws Exception {
    jstat.destroy();
    reader.join(2000);
    return peakKb.get();
  }

  String describe(long peak) {
    return String.format(
        "%,d MB at the start, %,d MB at the peak", firstKb.get() / 1024, peak / 1024);
  }
}
