package fr.aiguillage.session;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session's report (issue 14 item 5): who was invited, came, was oriented the same day, signed a
 * contract, had an appointment booked; and the delays to the orientation of those oriented that
 * day, from the start of their rights and duties and from their RSA claim, in days.
 *
 * @param delayFromRightsStart the delay from the rights-and-duties start, over the people oriented
 *     the same day whose start is known ({@code count} says how many)
 */
public record SessionReport(
    UUID sessionId,
    String kind,
    LocalDate day,
    int capacity,
    int invited,
    int declined,
    int walkIns,
    int present,
    int late,
    int excused,
    int absent,
    int orientedSameDay,
    int setAside,
    int contractsSigned,
    int appointmentsBooked,
    Delay delayFromRightsStart,
    Delay delayFromClaim,
    List<Row> people) {

  /** Mean and median of a delay in days, over {@code count} people (null values when none). */
  public record Delay(int count, Double meanDays, Double medianDays) {
    static Delay of(List<Long> days) {
      if (days.isEmpty()) {
        return new Delay(0, null, null);
      }
      List<Long> sorted = days.stream().sorted().toList();
      double mean = sorted.stream().mapToLong(Long::longValue).average().orElseThrow();
      int n = sorted.size();
      double median =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      return new Delay(n, Math.round(mean * 10) / 10.0, median);
    }
  }

  /** One person of the session, as the report lists them. */
  public record Row(
      UUID personId,
      String name,
      boolean walkIn,
      boolean declined,
      Attendance attendance,
      Invitation.Outcome outcome,
      LocalDate orientedOn,
      boolean contractSigned,
      Instant appointmentAt,
      LocalDate rightsStart,
      LocalDate claimDate) {}

  /** The figures of a session from its people. */
  public static SessionReport of(
      UUID sessionId, String kind, LocalDate day, int capacity, List<Row> rows) {
    int invited = 0;
    int declined = 0;
    int walkIns = 0;
    int present = 0;
    int late = 0;
    int excused = 0;
    int absent = 0;
    int oriented = 0;
    int setAside = 0;
    int contracts = 0;
    int appointments = 0;
    List<Long> fromRights = new ArrayList<>();
    List<Long> fromClaim = new ArrayList<>();
    for (Row r : rows) {
      if (r.walkIn()) {
        walkIns++;
      } else {
        invited++;
      }
      if (r.declined()) {
        declined++;
        continue;
      }
      if (r.attendance() != null) {
        switch (r.attendance()) {
          case PRESENT -> present++;
          case LATE -> late++;
          case EXCUSED -> excused++;
          case ABSENT -> absent++;
        }
      }
      if (r.outcome() == Invitation.Outcome.ORIENTED && day.equals(r.orientedOn())) {
        oriented++;
        if (r.rightsStart() != null) {
          fromRights.add(ChronoUnit.DAYS.between(r.rightsStart(), r.orientedOn()));
        }
        if (r.claimDate() != null) {
          fromClaim.add(ChronoUnit.DAYS.between(r.claimDate(), r.orientedOn()));
        }
      }
      if (r.outcome() == Invitation.Outcome.SET_ASIDE) {
        setAside++;
      }
      if (r.contractSigned()) {
        contracts++;
      }
      if (r.appointmentAt() != null) {
        appointments++;
      }
    }
    return new SessionReport(
        sessionId,
        kind,
        day,
        capacity,
        invited,
        declined,
        walkIns,
        present,
        late,
        excused,
        absent,
        oriented,
        setAside,
        contracts,
        appointments,
        Delay.of(fromRights),
        Delay.of(fromClaim),
        List.copyOf(rows));
  }

  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

  /**
   * The report as CSV (semicolons, a byte order mark for Excel): the figures first, one per line,
   * then one line per person.
   */
  public byte[] csv() {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CsvWriter csv = CsvWriter.builder().fieldSeparator(';').build(out)) {
      csv.writeRecord("indicateur", "valeur");
      csv.writeRecord("session", kind + " du " + day);
      csv.writeRecord("capacité", String.valueOf(capacity));
      csv.writeRecord("invitées", String.valueOf(invited));
      csv.writeRecord("désinscrites", String.valueOf(declined));
      csv.writeRecord("venues sans invitation", String.valueOf(walkIns));
      csv.writeRecord("présentes", String.valueOf(present));
      csv.writeRecord("en retard", String.valueOf(late));
      csv.writeRecord("excusées", String.valueOf(excused));
      csv.writeRecord("absentes", String.valueOf(absent));
      csv.writeRecord("orientées le jour même", String.valueOf(orientedSameDay));
      csv.writeRecord("mises de côté", String.valueOf(setAside));
      csv.writeRecord("contrats signés", String.valueOf(contractsSigned));
      csv.writeRecord("rendez-vous fixés", String.valueOf(appointmentsBooked));
      delay(csv, "délai depuis les droits et devoirs", delayFromRightsStart);
      delay(csv, "délai depuis la demande de RSA", delayFromClaim);
      csv.writeRecord("");
      csv.writeRecord(
          "personne",
          "sans invitation",
          "désinscrite",
          "présence",
          "suite",
          "orientée le",
          "contrat signé",
          "rendez-vous",
          "début des droits et devoirs",
          "demande de RSA");
      for (Row r : people) {
        csv.writeRecord(
            r.name() == null ? "" : r.name(),
            r.walkIn() ? "oui" : "non",
            r.declined() ? "oui" : "non",
            r.attendance() == null ? "" : r.attendance().label(),
            r.outcome() == null ? "" : r.outcome().label(),
            text(r.orientedOn()),
            r.contractSigned() ? "oui" : "non",
            r.appointmentAt() == null
                ? ""
                : r.appointmentAt().atZone(Sessions.PARIS).toLocalDateTime().toString(),
            text(r.rightsStart()),
            text(r.claimDate()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void delay(CsvWriter csv, String what, Delay d) {
    csv.writeRecord(what + " — personnes", String.valueOf(d.count()));
    csv.writeRecord(
        what + " — moyenne (jours)", d.meanDays() == null ? "" : d.meanDays().toString());
    csv.writeRecord(
        what + " — médiane (jours)", d.medianDays() == null ? "" : d.medianDays().toString());
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
