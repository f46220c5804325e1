package fr.aiguillage.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop HTTP load generator for the running demo (loopback only, bounded in time): N
 * workers each send the next request when the previous answered. Measures the beneficiaries list
 * next to the bare authenticated endpoint, alternately, in one run.
 *
 * <p>./mvnw -B -q -pl infra/demo exec:java@load -Dload.seconds=30 -Dload.workers=16
 *
 * <p>The partner inbox as France Travail (every département): -Dload.user=ft-08-59
 * -Dload.paths=/api/v1/ping,/api/v1/partner/referrals?size=50
 */
public final class LoadGenerator {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("load.base", "http://localhost:9080");
    String keycloak = System.getProperty("load.keycloak", "http://localhost:8180");
    int seconds = Integer.getInteger("load.seconds", 30);
    int workers = Integer.getInteger("load.workers", 16);
    String token = token(keycloak, System.getProperty("load.user", "agent-08"));
    List<String> paths =
        List.of(
            System.getProperty("load.paths", "/api/v1/ping,/api/v1/beneficiaries?page=0&size=50")
                .split(","));
    System.out.printf(
        "Load: %d workers, %d s per phase, %s, %d cores%n",
        workers, seconds, base, Runtime.getRuntime().availableProcessors());
    for (String path : paths) {
      run(base + path, token, workers, 5, false);
    }
    for (int round = 0; round < 2; round++) {
      for (String path : paths) {
        System.out.println(run(base + path, token, workers, seconds, true));
      }
    }
  }

  static String run(String url, String token, int workers, int seconds, boolean report)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .build();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<long[]>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      results.add(
          pool.submit(
              () -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                  long t = System.nanoTime();
                  HttpResponse<byte[]> r =
                      HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  long d = System.nanoTime() - t;
                  if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                  }
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                  }
                  lat[n++] = d;
                }
                return Arrays.copyOf(lat, n);
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : results) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (!report) {
      return "";
    }
    return String.format(
        "%-45s %7d req %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  errors %d",
        url.replaceFirst("https?://[^/]+", ""),
        lat.length,
        lat.length / elapsed,
        pct(lat, 0.50),
        pct(lat, 0.99),
        lat[lat.length - 1] / 1e6,
        errors.get());
  }

  /** Latencies of a bare endpoint measured beside a benchmark, and how long it ran. */
  record Bare(long[] latencies, double elapsed, long errors) {}

  /**
   * One line of a benchmark's table: the label (padded to {@code width}), count, throughput, p50,
   * p95, p99, max and mean in milliseconds.
   */
  static String line(String label, int width, long[] sorted, double elapsed) {
    if (sorted.length == 0) {
      return String.format("%-" + width + "s %6d", label, 0);
    }
    return String.format(
        "%-" + width + "s %6d %8.2f %8.1f %8.1f %8.1f %8.1f %8.1f",
        label,
        sorted.length,
        sorted.length / elapsed,
        pct(sorted, 0.50),
        pct(sorted, 0.95),
        pct(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6,
        Arrays.stream(sorted).average().orElse(0) / 1e6);
  }

  static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  static String token(String keycloak, String user) throws Exception {
    String body =
        "grant_type=password&client_id=aiguillage-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=demo";
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/aiguillage/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no token: " + r.body());
    }
    return m.group(1);
  }
}
