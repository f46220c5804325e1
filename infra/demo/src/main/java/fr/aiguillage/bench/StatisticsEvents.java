package fr.aiguillage.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Lifecycle events of synthetic people for the statistics' benchmark, deterministic for a seed:
 * person {@code i} always has the same events. 20 départements, 6 territories each, claims spread
 * over the 3 years before {@link #NOW}; per person (proportions drawn per person):
 * beneficiary.created, .updated (20 %, half of them a corrected claim), orientation.to-orient, then
 * orientation.decided (85 %, from the start a log-normal delay of median 30 days: some still
 * waiting at {@link #NOW}), referral.sent (60 % of the decided) and .accepted or .refused (85 / 15
 * %), appointment.booked (80 % of the accepted) and .attendance (85 %), contract.signed (70 % of
 * those seen), beneficiary.left with orientation.closed (20 %) — about 5.3 events a person.
 * Payloads as in docs/events.md (a referral and an appointment name their person, as the
 * application sends them); every event before {@link #NOW}.
 */
public final class StatisticsEvents {
  public static final String[] DEPARTEMENTS = {
    "02", "08", "14", "22", "27", "29", "35", "44", "49", "50", "53", "56", "59", "60", "61", "62",
    "72", "76", "80", "85"
  };
  static final int TERRITORIES = 6;
  static final int STRUCTURES = 10;
  static final LocalDate FIRST = LocalDate.of(2023, 12, 1);
  public static final LocalDate NOW = LocalDate.of(2026, 12, 1);
  static final String[] PATHWAYS = {"PROFESSIONAL", "SOCIO_PROFESSIONAL", "SOCIAL"};

  private final long seed;

  public StatisticsEvents(long seed) {
    this.seed = seed;
  }

  public static String departement(long person) {
    return DEPARTEMENTS[(int) (person % DEPARTEMENTS.length)];
  }

  public static UUID territory(String departement, int k) {
    return new UUID(0x7e77_0000_0000_0000L | Long.parseLong(departement), k);
  }

  static UUID structure(String departement, int k) {
    return new UUID(0x5a2c_0000_0000_0000L | Long.parseLong(departement), k);
  }

  /** One generated event: its id, key (aggregate id) and CloudEvents JSON. */
  public record Event(String id, String key, String json) {}

  /** Person {@code i}'s events, in the order they happened. */
  public List<Event> person(long i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    String dep = departement(i);
    Person p = new Person(r, dep);
    LocalDate claim = FIRST.plusDays(r.nextInt((int) (NOW.toEpochDay() - FIRST.toEpochDay()) - 25));
    LocalDate rd = r.nextInt(10) == 0 ? null : claim.plusDays(r.nextInt(46));
    Instant created = at(claim.plusDays(2 + r.nextInt(19)), r);
    UUID territory = territory(dep, r.nextInt(TERRITORIES));
    p.file("created", created, territory, claim, rd);
    if (r.nextInt(5) == 0) {
      LocalDate corrected = r.nextBoolean() ? claim.plusDays(r.nextInt(11) - 5) : claim;
      p.file(
          "updated", created.plusSeconds(86_400L * (1 + r.nextInt(60))), territory, corrected, rd);
    }
    UUID orientation = p.uuid();
    p.orientation(orientation, "to-orient", "INTAKE", "TO_ORIENT", created, null, null);
    Instant end = created;
    if (r.nextInt(100) < 85) {
      long delay = Math.min(400, Math.round(Math.exp(Math.log(30) + 0.7 * gaussian(r))));
      Instant decided = at((rd != null ? rd : claim).plusDays(delay), r);
      if (decided.isBefore(created)) {
        decided = created.plusSeconds(86_400);
      }
      String pathway = PATHWAYS[pick(r, 50, 30, 20)];
      UUID structure = structure(dep, r.nextInt(STRUCTURES));
      p.orientation(orientation, "decided", "PROPOSED", "DECIDED", decided, pathway, structure);
      end = decided;
      if (r.nextInt(100) < 60) {
        UUID referral = p.uuid();
        Instant sent = decided.plusSeconds(86_400);
        p.referral(referral, orientation, structure, "sent", "SENT", sent, sent);
        boolean accepted = r.nextInt(100) < 85;
        Instant answer = sent.plusSeconds(86_400L * (3 + r.nextInt(13)));
        p.referral(
            referral,
            orientation,
            structure,
            accepted ? "accepted" : "refused",
            accepted ? "ACCEPTED" : "REFUSED",
            sent,
            answer);
        end = answer;
        if (accepted && r.nextInt(100) < 80) {
          UUID appointment = p.uuid();
          Instant booked = answer.plusSeconds(3_600);
          Instant starts = answer.plusSeconds(86_400L * (2 + r.nextInt(19)));
          p.appointment(appointment, referral, orientation, structure, "booked", "BOOKED", booked);
          end = booked;
          if (r.nextInt(100) < 85) {
            boolean seen = r.nextInt(100) < 80;
            p.appointment(
                appointment,
                referral,
                orientation,
                structure,
                "attendance",
                seen ? "SEEN" : "NO_SHOW",
                starts);
            end = starts;
            if (seen && r.nextInt(100) < 70) {
              Instant signed = starts.plusSeconds(86_400L * (1 + r.nextInt(30)));
              p.contract(orientation, signed);
              end = signed;
            }
          }
        }
      }
    }
    if (r.nextInt(5) == 0) {
      Instant left = end.plusSeconds(86_400L * (30 + r.nextInt(600)));
      p.left(left, territory);
      p.orientation(orientation, "closed", "DECIDED", "CLOSED", left, null, null);
    }
    return p.events;
  }

  private static int pick(SplittableRandom r, int... weights) {
    int n = r.nextInt(100);
    for (int k = 0; k < weights.length; k++) {
      n -= weights[k];
      if (n < 0) {
        return k;
      }
    }
    return weights.length - 1;
  }

  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  private static Instant at(LocalDate day, SplittableRandom r) {
    return day.atTime(7, 0).toInstant(ZoneOffset.UTC).plusSeconds(r.nextInt(10 * 3_600));
  }

  /** One person's events as they are built: only those before {@link #NOW} are kept. */
  private static final class Person {
    final SplittableRandom r;
    final String dep;
    final UUID id;
    final List<Event> events = new ArrayList<>(8);

    Person(SplittableRandom r, String dep) {
      this.r = r;
      this.dep = dep;
      this.id = new UUID(r.nextLong(), r.nextLong());
    }

    UUID uuid() {
      return new UUID(r.nextLong(), r.nextLong());
    }

    void file(String what, Instant time, UUID territory, LocalDate claim, LocalDate rd) {
      add(
          "beneficiary." + what,
          time,
          id,
          "\"beneficiaryId\":\"%s\",\"tenant\":\"%s\",\"householdRole\":\"CLAIMANT\",\"territoryId\":\"%s\",\"communeInsee\":\"%s001\",\"rsaClaimDate\":\"%s\",\"rightsAndDutiesStart\":%s,\"status\":\"TO_ORIENT\""
              .formatted(id, dep, territory, dep, claim, rd == null ? "null" : "\"" + rd + "\""));
    }

    void left(Instant time, UUID territory) {
      add(
          "beneficiary.left",
          time,
          id,
          "\"beneficiaryId\":\"%s\",\"tenant\":\"%s\",\"householdRole\":\"CLAIMANT\",\"territoryId\":\"%s\",\"exitDate\":\"%s\",\"reason\":\"RIGHT_CLOSED\",\"rightState\":\"5\""
              .formatted(id, dep, territory, time.atOffset(ZoneOffset.UTC).toLocalDate()));
    }

    void orientation(
        UUID o, String to, String from, String state, Instant at, String pathway, UUID structure) {
      add(
          "orientation." + to,
          at,
          o,
          "\"orientationId\":\"%s\",\"beneficiaryId\":\"%s\",\"tenant\":\"%s\",\"from\":\"%s\",\"to\":\"%s\",\"at\":\"%s\",\"pathway\":%s,\"structureId\":%s,\"proposedPathway\":%s,\"criteriaVersion\":1,\"overridden\":false"
              .formatted(
                  o,
                  id,
                  dep,
                  from,
                  state,
                  at,
                  quoted(pathway),
                  quoted(structure),
                  quoted(pathway)));
    }

    void referral(
        UUID ref, UUID o, UUID structure, String what, String status, Instant sent, Instant at) {
      add(
          "referral." + what,
          at,
          ref,
          "\"referralId\":\"%s\",\"orientationId\":\"%s\",\"beneficiaryId\":\"%s\",\"tenant\":\"%s\",\"structureId\":\"%s\",\"partnerOrganisation\":null,\"status\":\"%s\",\"sentAt\":\"%s\",\"dueAt\":\"%s\",\"at\":\"%s\""
              .formatted(
                  ref, o, id, dep, structure, status, sent, sent.plusSeconds(15 * 86_400L), at));
    }

    void appointment(
        UUID a, UUID ref, UUID o, UUID structure, String what, String status, Instant at) {
      add(
          "appointment." + what,
          at,
          a,
          "\"appointmentId\":\"%s\",\"referralId\":\"%s\",\"orientationId\":\"%s\",\"beneficiaryId\":\"%s\",\"tenant\":\"%s\",\"structureId\":\"%s\",\"partnerOrganisation\":null,\"status\":\"%s\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"replaces\":null,\"reason\":null,\"franceTravail\":false,\"at\":\"%s\""
              .formatted(a, ref, o, id, dep, structure, status, at, at.plusSeconds(1_800), at));
    }

    void contract(UUID o, Instant at) {
      UUID c = uuid();
      LocalDate start = at.atOffset(ZoneOffset.UTC).toLocalDate();
      add(
          "contract.signed",
          at,
          c,
          "\"contractId\":\"%s\",\"beneficiaryId\":\"%s\",\"orientationId\":\"%s\",\"tenant\":\"%s\",\"step\":\"signed\",\"from\":\"TO_SIGN\",\"to\":\"SIGNED\",\"at\":\"%s\",\"kind\":\"CONTRAT_ENGAGEMENT\",\"contractVersion\":1,\"authorBody\":\"DEPARTEMENT\",\"partnerOrganisation\":null,\"startDate\":\"%s\",\"endDate\":\"%s\",\"reviewOn\":\"%s\",\"weeklyHours\":15,\"documentSha256\":\"%064x\",\"amendsId\":null,\"renewsId\":null"
              .formatted(
                  c,
                  id,
                  o,
                  dep,
                  at,
                  start,
                  start.plusMonths(6),
                  start.plusMonths(3),
                  c.getLeastSignificantBits()));
    }

    private void add(String type, Instant time, UUID aggregate, String data) {
      if (!time.isBefore(NOW.atStartOfDay().toInstant(ZoneOffset.UTC))) {
        return;
      }
      String eventId = uuid().toString();
      events.add(
          new Event(
              eventId,
              aggregate.toString(),
              "{\"specversion\":\"1.0\",\"id\":\""
                  + eventId
                  + "\",\"source\":\"/aiguillage/departements/"
                  + dep
                  + "\",\"type\":\"fr.aiguillage."
                  + type
                  + "\",\"subject\":\""
                  + aggregate
                  + "\",\"time\":\""
                  + time
                  + "\",\"datacontenttype\":\"application/json\",\"tenant\":\""
                  + dep
                  + "\",\"aggregatetype\":\""
                  + type.substring(0, type.indexOf('.'))
                  + "\",\"data\":{\"schemaVersion\":1,"
                  + data
                  + "}}"));
    }

    private static String quoted(Object o) {
      return o == null ? "null" : "\"" + o + "\"";
    }
  }
}
