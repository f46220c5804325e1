package fr.aiguillage.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Booking throughput against the running demo, as {@code plie-08} through the partner API: first on
 * distinct slots (each of {@code booking.count} accepted referrals on its own free slot), then
 * under contention ({@code booking.count} referrals on {@code booking.contended} slots: one booking
 * per slot, every other attempt answered 409). The people, accepted referrals and slots are
 * generated in the Ardennes, in the PLIE's structure, each run afresh.
 *
 * <p>./mvnw -B -q -pl infra/demo exec:java@booking-bench -Dbooking.count=2000 -Dbooking.workers=16
 */
public final class BookingBenchmark {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private static final String PLIE =
      "(SELECT id FROM structure WHERE partner_org_id = 'plie-ardennes' AND tenant_id = '08'"
          + " ORDER BY name LIMIT 1)";

  private BookingBenchmark() {}

  record Attempt(String referral, String slot) {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("booking.base", "http://localhost:9080");
    String keycloak = System.getProperty("booking.keycloak", "http://localhost:8180");
    String jdbc =
        System.getProperty("booking.jdbc", "jdbc:postgresql://127.0.0.1:15432/aiguillage");
    int count = Integer.getInteger("booking.count", 2000);
    int contended = Integer.getInteger("booking.contended", 20);
    int workers = Integer.getInteger("booking.workers", 16);
    String token = LoadGenerator.token(keycloak, "plie-08");
    System.out.printf(
        "Booking: %d referrals, %d workers, %d cores%n",
        count, workers, Runtime.getRuntime().availableProcessors());

    try (Connection c = DriverManager.getConnection(jdbc, "aiguillage_owner", "owner")) {
      c.setAutoCommit(false);
      List<String> referrals = acceptedReferrals(c, count);
      List<String> slots = slots(c, count, 30);
      List<Attempt> distinct = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        distinct.add(new Attempt(referrals.get(i), slots.get(i)));
      }
      System.out.println("distinct slots   " + run(base, token, workers, distinct));

      List<String> others = acceptedReferrals(c, count);
      List<String> few = slots(c, contended, 200);
      List<Attempt> contention = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        contention.add(new Attempt(others.get(i), few.get(i % contended)));
      }
      System.out.println(
          "on " + contended + " slots      " + run(base, token, workers, contention));
    }
  }

  static String run(String base, String token, int workers, List<Attempt> attempts)
      throws Exception {
    ConcurrentLinkedQueue<Attempt> queue = new ConcurrentLinkedQueue<>(attempts);
    AtomicInteger booked = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger other = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<long[]>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      results.add(
          pool.submit(
              () -> {
                long[] lat = new long[attempts.size()];
                int n = 0;
                Attempt a;
                while ((a = queue.poll()) != null) {
                  long t = System.nanoTime();
                  HttpResponse<String> r =
                      HTTP.send(
                          HttpRequest.newBuilder(URI.create(base + "/api/v1/partner/appointments"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json")
                              .timeout(Duration.ofSeconds(30))
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "{\"referralId\": \""
                                          + a.referral()
                                          + "\", \"slotId\": \""
                                          + a.slot()
                                          + "\"}"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  lat[n++] = System.nanoTime() - t;
                  switch (r.statusCode()) {
                    case 200 -> booked.incrementAndGet();
                    case 409 -> taken.incrementAndGet();
                    default -> other.incrementAndGet();
                  }
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
    return String.format(
        "%5d requests %7.1f req/s  p50 %6.1f ms  p99 %6.1f ms  booked %d, 409 %d, other %d",
        lat.length,
        lat.length / elapsed,
        LoadGenerator.pct(lat, 0.50),
        LoadGenerator.pct(lat, 0.99),
        booked.get(),
        taken.get(),
        other.get());
  }

  /** New people of the Ardennes whose orientation the PLIE accepted, with Camille as referent. */
  static List<String> acceptedReferrals(Connection c, int n) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT set_config('app.tenant_id', '08', true)");
      long from =
          one(
                  s,
                  "SELECT coalesce(max(caf_number::bigint), 0) FROM beneficiary"
                      + " WHERE caf_number LIKE '77%' AND length(caf_number) = 9")
              + 1;
      if (from < 770_000_000L) {
        from = 770_000_000L;
      }
      s.execute(
          "CREATE TEMP TABLE bench_people ON COMMIT DROP AS SELECT gen_random_uuid() AS id, g"
              + " FROM generate_series("
              + from
              + ", "
              + (from + n - 1)
              + ") g");
      s.execute(
          "INSERT INTO beneficiary (id, tenant_id, civility, last_name, first_names, birth_date,"
              + " caf_number, household_role, rsa_claim_date, rights_duties_start, status,"
              + " search_key, created_at, updated_at)"
              + " SELECT id, '08', 'MADAME', 'Banc' || g, 'Essai', date '1980-01-01',"
              + " g::text, 'CLAIMANT', current_date - 30, current_date - 20, 'ORIENTED',"
              + " 'banc' || g, now(), now() FROM bench_people");
      s.execute(
          "CREATE TEMP TABLE bench_orientations ON COMMIT DROP AS SELECT gen_random_uuid() AS id,"
              + " p.id AS person, st.id AS structure,"
              + " (SELECT r.id FROM referent r WHERE r.structure_id = st.id LIMIT 1) AS referent"
              + " FROM bench_people p, structure st WHERE st.id = "
              + PLIE);
      s.execute(
          "INSERT INTO orientation (id, tenant_id, beneficiary_id, state, opened_at, state_since,"
              + " pathway, structure_id, referent_id, decided_at, decided_by)"
              + " SELECT id, '08', person, 'ACCEPTED', now(), now(), 'SOCIO_PROFESSIONAL',"
              + " structure, referent, now(), 'bench' FROM bench_orientations");
      s.execute(
          "INSERT INTO referral (id, tenant_id, orientation_id, beneficiary_id, pathway,"
              + " structure_id, partner_org_id, status, sent_at, sent_by, due_at, remind_at,"
              + " answered_at, answered_by, referent_id)"
              + " SELECT gen_random_uuid(), '08', id, person, 'SOCIO_PROFESSIONAL', structure,"
              + " 'plie-ardennes', 'ACCEPTED', now(), 'bench', now() + interval '10 days',"
              + " now() + interval '7 days', now(), 'bench', referent FROM bench_orientations");
      List<String> ids = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT r.id FROM referral r JOIN bench_orientations o ON o.id = r.orientation_id")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      c.commit();
      return ids;
    }
  }

  /** Free slots of the PLIE in the Ardennes, one after the other, from {@code daysAhead} on. */
  static List<String> slots(Connection c, int n, int daysAhead) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT set_config('app.tenant_id', '08', true)");
      s.execute(
          "CREATE TEMP TABLE bench_slots ON COMMIT DROP AS SELECT gen_random_uuid() AS id,"
              + " date_trunc('day', now()) + interval '"
              + daysAhead
              + " days' + g * interval '1 hour' + (random() * interval '1 minute') AS at"
              + " FROM generate_series(1, "
              + n
              + ") g");
      s.execute(
          "INSERT INTO slot (id, tenant_id, structure_id, partner_org_id, starts_at, ends_at,"
              + " modality, status, created_by, created_at)"
              + " SELECT b.id, '08', st.id, 'plie-ardennes', b.at, b.at + interval '30 minutes',"
              + " 'TELEPHONE', 'OPEN', 'bench', now() FROM bench_slots b, structure st"
              + " WHERE st.id = "
              + PLIE);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT id FROM bench_slots ORDER BY at")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      c.commit();
      return ids;
    }
  }

  private static long one(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
