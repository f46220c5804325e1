package fr.aiguillage.bench;

import fr.aiguillage.questionnaire.NationalQuestionnaire;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The day-D desk and board of a collective session (issue 14) against the running demo, through the
 * département's API.
 *
 * <p><b>Set-up</b> (phase {@code setup}, not measured): the PLIE des Ardennes publishes enough free
 * slots (as {@code plie-08}); new people of the Ardennes waiting for their orientation are created
 * ({@code POST /beneficiaries}); three sessions are planned by {@code coord-08}, starting an hour
 * ahead with the PLIE present — a small warm-up one, the desk's ({@code session.people}, 60), and
 * the board's ({@code session.answers} × 2) — the people invited, the professional's answers
 * recorded for the first two (close to work, one medium barrier: the socio-professional pathway,
 * which the PLIE takes, a simple case), the check-in opened and everyone checked in present. What
 * the run needs is written to {@code session.state}.
 *
 * <p><b>Run</b> (phase {@code run}): {@code session.desks} workers (desk users; a user may hold
 * several desks), closed loop, each taking the next person from one shared queue: take to the desk
 * → validate with the PLIE → the simplified contract → both signatures → the first appointment on a
 * free slot picked from the desk's {@code slots} (another on 409). First the warm-up session, not
 * counted; then the desk's session, measured; then the same workers on the bare {@code GET
 * /api/v1/settings} for as long. Then the board's refresh delay: one poller reads {@code GET
 * /sessions/{id}/board} without pause while the answers arrive one at a time, first through the
 * person's link (the form posted as the phone would), then by the professional ({@code PUT
 * /diagnostics/{id}/answers}); the delay is from the answer sent to the first board read that shows
 * the person with the proposal the answers make.
 *
 * <p>Phase {@code all} (the default) does both. ./mvnw -B -q -pl infra/demo exec:java@session-bench
 * [-Dsession.phase=setup|run|all]
 */
public final class SessionBenchmark {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final String SESSIONS = "/api/v1/sessions";
  static final String BARE = "/api/v1/settings";
  static final String PLIE = "PLIE des Ardennes";

  /** The rule the answers below make the criteria fire: a simple case the PLIE takes. */
  static final String RULE = "global-frein-moyen";

  static final List<String> STEPS =
      List.of("take", "validate", "contract", "signatures", "appointment");

  private static final Map<String, String[]> TOKENS = new ConcurrentHashMap<>();
  private static final Random RANDOM = new Random();

  private static String base;
  private static String keycloak;
  private static String plie;

  private SessionBenchmark() {}

  public static void main(String[] args) throws Exception {
    base = System.getProperty("session.base", "http://localhost:9080");
    keycloak = System.getProperty("session.keycloak", "http://localhost:8180");
    String phase = System.getProperty("session.phase", "all");
    Path state =
        Path.of(System.getProperty("session.state", ".demo-data/session-bench.properties"));
    if (!phase.equals("run")) {
      setup(state);
    }
    if (!phase.equals("setup")) {
      run(state);
    }
  }

  // ---- set-up ----

  static void setup(Path state) throws Exception {
    int people = Integer.getInteger("session.people", 60);
    int warmup = Integer.getInteger("session.warmup", 8);
    int answers = Integer.getInteger("session.answers", 30);
    long t0 = System.nanoTime();
    templatePublished("SIMPLIFIE");
    String plie =
        ok(call("GET", "/api/v1/structures", "agent-08", null), 200)
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> s.getString("name").equals(PLIE))
            .map(s -> s.getString("id"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(PLIE + " is not in the directory"));
    int slots = publishSlots(plie);
    System.out.printf("set-up: %d slots of the PLIE published (free in 3 weeks)%n", slots);

    String stamp = String.valueOf(System.currentTimeMillis() % 1_000_000_000L);
    OffsetDateTime at = OffsetDateTime.now(PARIS).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
    Properties p = new Properties();
    p.setProperty("plie", plie);
    p.setProperty("warmup.session", session("échauffement " + stamp, at, warmup, plie));
    p.setProperty("desk.session", session("bureau " + stamp, at, people, plie));
    p.setProperty("board.session", session("tableau " + stamp, at, 2 * answers, plie));

    List<String> warm = people(warmup);
    List<String> desk = people(people);
    List<String> board = people(2 * answers);
    System.out.printf(
        "set-up: %d people created in %.1f s%n",
        warm.size() + desk.size() + board.size(), (System.nanoTime() - t0) / 1e9);
    invite(p.getProperty("warmup.session"), warm);
    invite(p.getProperty("desk.session"), desk);
    invite(p.getProperty("board.session"), board);

    String answersJson = Json.createObjectBuilder().add("answers", simpleCase()).build().toString();
    for (String person : concat(warm, desk)) {
      ok(
          call(
              "PUT",
              "/api/v1/diagnostics/" + diagnostic(person) + "/answers",
              "agent-08",
              answersJson),
          200);
    }
    // the board's people: the first half will answer through their link, the others by the
    // professional; nothing answered yet
    List<String> links = new ArrayList<>();
    List<String> diagnostics = new ArrayList<>();
    for (int k = 0; k < board.size(); k++) {
      String d = diagnostic(board.get(k));
      if (k < answers) {
        links.add(
            ok(call("POST", "/api/v1/diagnostics/" + d + "/personal-link", "agent-08", "{}"), 200)
                .asJsonObject()
                .getString("url"));
      } else {
        diagnostics.add(d);
      }
    }
    for (String s : List.of("warmup.session", "desk.session", "board.session")) {
      ok(call("POST", SESSIONS + "/" + p.getProperty(s) + "/hold", "coord-08", ""), 200);
    }
    checkIn(p.getProperty("warmup.session"), warm);
    checkIn(p.getProperty("desk.session"), desk);
    checkIn(p.getProperty("board.session"), board);

    JsonObject b =
        ok(
                call(
                    "GET",
                    SESSIONS + "/" + p.getProperty("desk.session") + "/board",
                    "agent-08",
                    null),
                200)
            .asJsonObject();
    long simple =
        b.getJsonArray("people").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getBoolean("simple") && rule(l).equals(RULE))
            .count();
    if (simple != desk.size()) {
      throw new IllegalStateException(
          "the desk's session has " + simple + " simple cases of " + desk.size() + ": " + b);
    }
    p.setProperty("warmup.people", String.join(",", warm));
    p.setProperty("desk.people", String.join(",", desk));
    p.setProperty("board.people", String.join(",", board));
    p.setProperty("board.links", String.join(",", links));
    p.setProperty("board.diagnostics", String.join(",", diagnostics));
    Files.createDirectories(state.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(state)) {
      p.store(w, "SessionBenchmark set-up");
    }
    System.out.printf(
        "set-up: sessions planned for %s, %d + %d + %d people checked in, %d simple cases on the"
            + " desk's board; done in %.1f s (%s)%n",
        at, warm.size(), desk.size(), board.size(), simple, (System.nanoTime() - t0) / 1e9, state);
  }

  /**
   * Close to work, qualified, every barrier NONE but one MEDIUM: the socio-professional pathway.
   */
  static Map<String, Object> simpleCaseValues() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("activity_now", false);
    a.put("activity_last_24_months", true);
    a.put("can_picture_job", true);
    a.put("qualified", true);
    a.put("rqth", false);
    a.put("oeth", false);
    List<String> barriers = NationalQuestionnaire.barrierCodes();
    for (String barrier : barriers) {
      a.put(barrier, barrier.equals("barrier_mobility") ? "MEDIUM" : "NONE");
    }
    return a;
  }

  static JsonObjectBuilder simpleCase() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    simpleCaseValues()
        .forEach(
            (k, v) -> {
              if (v instanceof Boolean x) {
                b.add(k, x);
              } else {
                b.add(k, v.toString());
              }
            });
    return b;
  }

  static void templatePublished(String kind) throws Exception {
    String templates = "/api/v1/contract-templates";
    JsonObject ofKind =
        ok(call("GET", templates, "admin-08", null), 200)
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(k -> k.getString("kind").equals(kind))
            .findFirst()
            .orElseThrow();
    if (ofKind.getInt("inForceVersion") > 0) {
      return;
    }
    String draft =
        ok(call("POST", templates, "admin-08", "{\"kind\": \"" + kind + "\"}"), 201)
            .asJsonObject()
            .getString("id");
    ok(
        call(
            "POST",
            templates + "/" + draft + "/publish",
            "admin-08",
            "{\"effectiveFrom\": \"" + LocalDate.now(PARIS) + "\"}"),
        200);
  }

  /**
   * Four 45-minute slots a weekday ({@code session.slotHours}) for three weeks from tomorrow
   * (beside the demo's three), free: what the desk lists for the PLIE, since it looks three weeks
   * ahead.
   */
  static int publishSlots(String plie) throws Exception {
    LocalDate tomorrow = LocalDate.now(PARIS).plusDays(1);
    int created = 0;
    String hours = System.getProperty("session.slotHours", "11:30,15:00,15:45,16:30");
    for (String hour : hours.split(",")) {
      JsonObject r =
          ok(
                  call(
                      "POST",
                      "/api/v1/partner/slots",
                      "plie-08",
                      Json.createObjectBuilder()
                          .add("structureId", plie)
                          .add("date", tomorrow.toString())
                          .add("start", hour)
                          .add("durationMinutes", 45)
                          .add("modality", "PHYSIQUE")
                          .add("location", "12 place Ducale, 08000 Charleville-Mézières")
                          .add(
                              "repeatOn",
                              Json.createArrayBuilder()
                                  .add("MONDAY")
                                  .add("TUESDAY")
                                  .add("WEDNESDAY")
                                  .add("THURSDAY")
                                  .add("FRIDAY"))
                          .add("repeatUntil", tomorrow.plusDays(18).toString())
                          .build()
                          .toString()),
                  200)
              .asJsonObject();
      created += r.getInt("created");
    }
    return created;
  }

  static String session(String what, OffsetDateTime at, int capacity, String plie)
      throws Exception {
    return ok(
            call(
                "POST",
                SESSIONS,
                "coord-08",
                Json.createObjectBuilder()
                    .add("kind", "Information collective droits et devoirs — banc d'essai " + what)
                    .add("startsAt", at.toString())
                    .add("durationMinutes", 180)
                    .add("address", "1 place Ducale, 08000 Charleville-Mézières")
                    .add("room", "Salle 2")
                    .add("capacity", capacity)
                    .add("staff", Json.createArrayBuilder().add("Claire Martin"))
                    .add("structureIds", Json.createArrayBuilder().add(plie))
                    .build()
                    .toString()),
            201)
        .asJsonArray()
        .getJsonObject(0)
        .getString("id");
  }

  /** New people of the Ardennes waiting for their orientation (the API opens it). */
  static List<String> people(int n) throws Exception {
    List<String> ids = new ArrayList<>();
    LocalDate today = LocalDate.now(PARIS);
    while (ids.size() < n) {
      String caf = String.valueOf(10_000_000 + RANDOM.nextInt(19_999_999));
      StringBuilder name = new StringBuilder("Banc");
      for (int i = 0; i < 6; i++) {
        name.append((char) ('a' + RANDOM.nextInt(26)));
      }
      String body =
          Json.createObjectBuilder()
              .add("civility", ids.size() % 2 == 0 ? "MADAME" : "MONSIEUR")
              .add("lastName", name.toString())
              .add("firstNames", "Essai")
              .add("birthDate", "1985-04-12")
              .add("cafNumber", caf)
              .add("householdRole", "CLAIMANT")
              .addNull("nir")
              .add("email", "essai." + caf + "@exemple.fr")
              .add("phone", "06 11 22 33 44")
              .add("addressLine", "3 rue de la Gare")
              .add("postalCode", "08000")
              .add("communeName", "Charleville-Mézières")
              .add("communeInsee", "08105")
              .addNull("territoryId")
              .add("rsaClaimDate", today.minusMonths(2).toString())
              .add("rightsAndDutiesStart", today.minusMonths(1).toString())
              .build()
              .toString();
      Resp r = call("POST", "/api/v1/beneficiaries", "agent-08", body);
      if (r.status == 409) {
        continue; // that CAF number exists: draw another
      }
      ids.add(ok(r, 201).asJsonObject().getString("id"));
    }
    return ids;
  }

  static void invite(String session, List<String> people) throws Exception {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    people.forEach(ids::add);
    ok(
        call(
            "POST",
            SESSIONS + "/" + session + "/invitations",
            "coord-08",
            Json.createObjectBuilder().add("personIds", ids).build().toString()),
        200);
  }

  static void checkIn(String session, List<String> people) throws Exception {
    for (String person : people) {
      ok(
          call(
              "POST",
              SESSIONS + "/" + session + "/check-ins",
              "agent-08",
              "{\"personId\": \"" + person + "\", \"attendance\": \"PRESENT\"}"),
          200);
    }
  }

  static String diagnostic(String person) throws Exception {
    return ok(call("GET", "/api/v1/diagnostics?beneficiaryId=" + person, "agent-08", null), 200)
        .asJsonArray()
        .getJsonObject(0)
        .getString("id");
  }

  static String rule(JsonObject line) {
    JsonValue p = line.get("proposal");
    return p == null || p.getValueType() != JsonValue.ValueType.OBJECT
        ? ""
        : p.asJsonObject().getString("rule", "");
  }

  // ---- the run ----

  static void run(Path state) throws Exception {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(state)) {
      p.load(r);
    }
    plie = p.getProperty("plie");
    List<String> desks =
        List.of(
            System.getProperty("session.desks", "agent-08,coord-08,admin-08,agent-08").split(","));
    List<String> people = List.of(p.getProperty("desk.people").split(","));
    System.out.printf(
        "Session desk: %d people, %d desks (%s), closed loop, one shared queue; %d cores%n",
        people.size(),
        desks.size(),
        String.join(", ", desks),
        Runtime.getRuntime().availableProcessors());
    for (String user : desks) {
      token(user);
    }

    Desks warm =
        desks(
            p.getProperty("warmup.session"),
            List.of(p.getProperty("warmup.people").split(",")),
            desks);
    bare(desks, 3);
    System.out.println(
        "warm-up: " + warm.done() + " people, errors " + warm.errorText() + " (discarded)");

    Desks run = desks(p.getProperty("desk.session"), people, desks);
    // as long as the desks ran, between 10 s and a minute
    int seconds = (int) Math.max(10, Math.min(60, Math.ceil(run.elapsed)));
    LoadGenerator.Bare b = bare(desks, seconds);

    JsonObject report =
        ok(
                call(
                    "GET",
                    SESSIONS + "/" + p.getProperty("desk.session") + "/report",
                    "coord-08",
                    null),
                200)
            .asJsonObject();

    Board links =
        boardDelay(
            p.getProperty("board.session"),
            List.of(p.getProperty("board.people").split(",")),
            List.of(p.getProperty("board.links").split(",")),
            null);
    List<String> all = List.of(p.getProperty("board.people").split(","));
    Board puts =
        boardDelay(
            p.getProperty("board.session"),
            all.subList(
                all.size() - p.getProperty("board.diagnostics").split(",").length, all.size()),
            null,
            List.of(p.getProperty("board.diagnostics").split(",")));

    System.out.printf(
        "%n%-34s %6s %8s %8s %8s %8s %8s %8s%n",
        "", "n", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean ms");
    System.out.println(line("person (5 requests, server)", run.person(), run.elapsed));
    System.out.println(line("person (wall, take → booked)", run.wall(), run.elapsed));
    for (int s = 0; s < STEPS.size(); s++) {
      System.out.println(line(STEPS.get(s), run.step(s), run.elapsed));
    }
    System.out.println(line("appointment 409 (slot taken)", run.taken(), run.elapsed));
    System.out.println(line("GET " + BARE + " (same desks)", b.latencies(), b.elapsed()));
    System.out.println(line("link answer (POST form)", links.answer(), links.elapsed));
    System.out.println(line("link answer → board shows", links.delay(), links.elapsed));
    System.out.println(line("board read (poll, link phase)", links.polls(), links.elapsed));
    System.out.println(line("PUT answers (professional)", puts.answer(), puts.elapsed));
    System.out.println(line("PUT answers → board shows", puts.delay(), puts.elapsed));
    System.out.println(line("board read (poll, PUT phase)", puts.polls(), puts.elapsed));
    System.out.printf(
        "%ndesk: %d people booked in %.1f s (%.2f people/s, %.1f requests/s); errors %s;"
            + " 409 on a slot %d; bare endpoint: %d non-200%n",
        run.done(),
        run.elapsed,
        run.done() / run.elapsed,
        run.requests() / run.elapsed,
        run.errorText(),
        run.taken().length,
        b.errors());
    System.out.printf(
        "report: invited %d, present %d, oriented the same day %d, contracts signed %d,"
            + " appointments %d%n",
        report.getInt("invited"),
        report.getInt("present"),
        report.getInt("orientedSameDay"),
        report.getInt("contractsSigned"),
        report.getInt("appointmentsBooked"));
    System.out.printf(
        "board: %d link answers seen (%d missed), %d professional answers seen (%d missed);"
            + " board of %d people%n",
        links.delay().length, links.missed, puts.delay().length, puts.missed, all.size());
    run.samples.forEach(s -> System.out.println("  " + s));
    links.samples.forEach(s -> System.out.println("  " + s));
    puts.samples.forEach(s -> System.out.println("  " + s));
  }

  // ---- the desks ----

  /** What the desks measured, in nanoseconds. */
  static final class Desks {
    final List<List<Long>> steps = new ArrayList<>();
    final List<Long> person = Collections.synchronizedList(new ArrayList<>());
    final List<Long> wall = Collections.synchronizedList(new ArrayList<>());
    final List<Long> taken = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> errors = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    double elapsed;

    Desks() {
      for (int s = 0; s < STEPS.size(); s++) {
        steps.add(Collections.synchronizedList(new ArrayList<>()));
      }
    }

    long[] step(int s) {
      return sorted(steps.get(s));
    }

    long[] person() {
      return sorted(person);
    }

    long[] wall() {
      return sorted(wall);
    }

    long[] taken() {
      return sorted(taken);
    }

    int done() {
      return person.size();
    }

    long requests() {
      return steps.stream().mapToLong(List::size).sum() + taken.size();
    }

    String errorText() {
      return errors.isEmpty() ? "none" : errors.toString();
    }

    void error(String step, Resp r) {
      errors.merge(step + " " + r.status, 1, Integer::sum);
      if (samples.size() < 8) {
        String body = r.body == null ? "" : r.body;
        samples.add(
            step
                + " "
                + r.status
                + ": "
                + body.substring(0, Math.min(400, body.length())).replace('\n', ' '));
      }
    }
  }

  static long[] sorted(List<Long> values) {
    synchronized (values) {
      return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }
  }

  static final class Failed extends Exception {
    Failed() {
      super(null, null, false, false);
    }
  }

  static Desks desks(String session, List<String> people, List<String> desks) throws Exception {
    Desks d = new Desks();
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(people);
    ExecutorService pool = Executors.newFixedThreadPool(desks.size());
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (String user : desks) {
      running.add(
          pool.submit(
              () -> {
                for (String person = queue.poll(); person != null; person = queue.poll()) {
                  long t0 = System.nanoTime();
                  long[] server = new long[1];
                  try {
                    onePerson(session, person, user, d, server);
                  } catch (Failed e) {
                    continue;
                  }
                  d.wall.add(System.nanoTime() - t0);
                  d.person.add(server[0]);
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    d.elapsed = (System.nanoTime() - start) / 1e9;
    return d;
  }

  /** One person at one desk, the five steps; {@code server[0]} sums every request's time. */
  static void onePerson(String session, String person, String user, Desks d, long[] server)
      throws Exception {
    String desk = SESSIONS + "/" + session + "/desk/" + person;
    step(d, 0, server, call("POST", desk, user, ""));
    JsonObject validated =
        step(
            d,
            1,
            server,
            call("POST", desk + "/validate", user, "{\"structureId\": \"" + plie + "\"}"));
    if (!"ORIENTED".equals(validated.getJsonObject("line").getString("outcome", ""))) {
      d.errors.merge("validate: not ORIENTED", 1, Integer::sum);
      throw new Failed();
    }
    JsonObject contract =
        step(d, 2, server, call("POST", desk + "/contract", user, "")).getJsonObject("contract");
    String signatures =
        Json.createObjectBuilder()
            .add("agentConsent", true)
            .add("agentTypedName", contract.getJsonObject("author").getString("referentName"))
            .add("personConsent", true)
            .add("personTypedName", contract.getString("personName"))
            .add("shownSha256", contract.getString("documentSha256"))
            .build()
            .toString();
    JsonObject signed = step(d, 3, server, call("POST", desk + "/signatures", user, signatures));
    if (!"SIGNED".equals(signed.getJsonObject("contract").getString("state"))) {
      d.errors.merge("signatures: not SIGNED", 1, Integer::sum);
      throw new Failed();
    }
    List<String> free =
        signed.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("id"))
            .collect(Collectors.toCollection(ArrayList::new));
    while (!free.isEmpty()) {
      String slot = free.remove(RANDOM.nextInt(free.size()));
      Resp r = call("POST", desk + "/appointment", user, "{\"slotId\": \"" + slot + "\"}");
      server[0] += r.nanos;
      if (r.status == 409 && r.body.contains("créneau") && !r.body.contains("déjà fixé")) {
        d.taken.add(r.nanos);
        continue;
      }
      check(d, 4, r);
      return;
    }
    d.errors.merge("appointment: no free slot left", 1, Integer::sum);
    throw new Failed();
  }

  /** A step's request: its time added to the person's, its answer checked. */
  static JsonObject step(Desks d, int s, long[] server, Resp r) throws Failed {
    server[0] += r.nanos;
    return check(d, s, r);
  }

  static JsonObject check(Desks d, int s, Resp r) throws Failed {
    if (r.status != 200) {
      d.error(STEPS.get(s), r);
      throw new Failed();
    }
    d.steps.get(s).add(r.nanos);
    return Json.createReader(new StringReader(r.body)).readObject();
  }

  // ---- the board ----

  /** The board phase: each answer's request, its delay until the board shows it, the polls. */
  static final class Board {
    final List<Long> answer = Collections.synchronizedList(new ArrayList<>());
    final List<Long> delay = Collections.synchronizedList(new ArrayList<>());
    final List<Long> polls = Collections.synchronizedList(new ArrayList<>());
    final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    int missed;
    double elapsed;

    long[] answer() {
      return sorted(answer);
    }

    long[] delay() {
      return sorted(delay);
    }

    long[] polls() {
      return sorted(polls);
    }
  }

  /** What the poller waits for: the person, since when, and the signal when seen. */
  record Awaited(String person, boolean answered, long since, CountDownLatch seen, long[] at) {}

  /**
   * Answers arrive one at a time, through the person's link ({@code links}) or by the professional
   * ({@code diagnostics}); one poller reads the board without pause and marks the first read,
   * completed after the answer was sent, that shows the person with the proposal of the answers.
   */
  static Board boardDelay(
      String session, List<String> people, List<String> links, List<String> diagnostics)
      throws Exception {
    Board b = new Board();
    AtomicReference<Awaited> awaited = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();
    Thread poller =
        new Thread(
            () -> {
              while (!stop.get()) {
                try {
                  Resp r = call("GET", SESSIONS + "/" + session + "/board", "agent-08", null);
                  long done = System.nanoTime();
                  b.polls.add(r.nanos);
                  Awaited a = awaited.get();
                  if (r.status != 200) {
                    b.samples.add("board " + r.status + ": " + r.body);
                    continue;
                  }
                  if (a == null || done < a.since()) {
                    continue;
                  }
                  JsonObject board = Json.createReader(new StringReader(r.body)).readObject();
                  boolean shows =
                      board.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                          .anyMatch(
                              l ->
                                  l.getString("personId").equals(a.person())
                                      && (!a.answered() || l.getBoolean("answered"))
                                      && rule(l).equals(RULE));
                  if (shows && a.seen().getCount() > 0) {
                    a.at()[0] = done;
                    a.seen().countDown();
                  }
                } catch (Exception e) {
                  b.samples.add("board: " + e);
                }
              }
            },
            "board-poller");
    poller.setDaemon(true);
    int n = links != null ? links.size() : diagnostics.size();
    String professional =
        Json.createObjectBuilder().add("answers", simpleCase()).build().toString();
    String form =
        simpleCaseValues().entrySet().stream()
                .map(
                    e ->
                        e.getKey()
                            + "="
                            + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"))
            + "&action=submit";
    poller.start();
    Thread.sleep(1000);
    long start = System.nanoTime();
    for (int k = 0; k < n; k++) {
      long since = System.nanoTime();
      Awaited a =
          new Awaited(people.get(k), links != null, since, new CountDownLatch(1), new long[1]);
      awaited.set(a);
      Resp r =
          links != null
              ? form(links.get(k), form)
              : call(
                  "PUT",
                  "/api/v1/diagnostics/" + diagnostics.get(k) + "/answers",
                  "agent-08",
                  professional);
      if (r.status != 200) {
        b.samples.add(
            "answer " + r.status + ": " + r.body.substring(0, Math.min(300, r.body.length())));
        b.missed++;
        continue;
      }
      b.answer.add(r.nanos);
      if (a.seen().await(30, TimeUnit.SECONDS)) {
        b.delay.add(a.at()[0] - since);
      } else {
        b.missed++;
      }
      // the next answer comes a little later, at a time the poll does not know
      Thread.sleep(1000 + RANDOM.nextInt(500));
    }
    b.elapsed = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    poller.join();
    return b;
  }

  static Resp form(String url, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long t0 = System.nanoTime();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Resp(r.statusCode(), r.body(), System.nanoTime() - t0);
  }

  // ---- the bare endpoint ----

  static LoadGenerator.Bare bare(List<String> desks, int seconds) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(desks.size());
    List<Future<long[]>> results = new ArrayList<>();
    long[] errors = new long[desks.size()];
    long start = System.nanoTime();
    for (int w = 0; w < desks.size(); w++) {
      String user = desks.get(w);
      int me = w;
      results.add(
          pool.submit(
              () -> {
                long[] lat = new long[1 << 14];
                int n = 0;
                while (System.nanoTime() < end) {
                  Resp r = call("GET", BARE, user, null);
                  if (r.status != 200) {
                    errors[me]++;
                  }
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                  }
                  lat[n++] = r.nanos;
                }
                return Arrays.copyOf(lat, n);
              }));
    }
    List<long[]> all = new ArrayList<>();
    try {
      for (Future<long[]> f : results) {
        all.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new LoadGenerator.Bare(
        all.stream().flatMapToLong(Arrays::stream).sorted().toArray(),
        elapsed,
        Arrays.stream(errors).sum());
  }

  static String line(String label, long[] sorted, double elapsed) {
    return LoadGenerator.line(label, 34, sorted, elapsed);
  }

  // ---- HTTP ----

  record Resp(int status, String body, long nanos) {}

  static Resp call(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
            .header("Authorization", "Bearer " + token(user))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60));
    if (body == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpRequest request = b.build();
    long t0 = System.nanoTime();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Resp(r.statusCode(), r.body(), System.nanoTime() - t0);
  }

  static JsonStructure ok(Resp r, int expected) {
    if (r.status != expected) {
      throw new IllegalStateException("expected " + expected + ", got " + r.status + ": " + r.body);
    }
    return Json.createReader(new StringReader(r.body)).read();
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The user's token, fetched again after 4 minutes (they live 5). */
  static String token(String user) throws Exception {
    String[] t = TOKENS.get(user);
    if (t == null || System.nanoTime() - Long.parseLong(t[1]) > Duration.ofMinutes(4).toNanos()) {
      synchronized (TOKENS) {
        t = TOKENS.get(user);
        if (t == null
            || System.nanoTime() - Long.parseLong(t[1]) > Duration.ofMinutes(4).toNanos()) {
          t = new String[] {LoadGenerator.token(keycloak, user), String.valueOf(System.nanoTime())};
          TOKENS.put(user, t);
        }
      }
    }
    return t[0];
  }
}
