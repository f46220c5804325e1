package fr.aiguillage.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguillage.appointment.Appointment;
import fr.aiguillage.appointment.AppointmentNotice;
import fr.aiguillage.appointment.Modality;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.audit.AuditAction;
import fr.aiguillage.audit.AuditLog;
import fr.aiguillage.beneficiary.Address;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.OrientationDecided;
import fr.aiguillage.orientation.OrientationRepository;
import fr.aiguillage.orientation.ReferralEscalated;
import fr.aiguillage.orientation.ReferralRefused;
import fr.aiguillage.shared.Communes;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people and coordinators. A decision writes, in its own transaction, the letter (always),
 * the e-mail that carries it (when the person has an address) and an SMS (when the person has a
 * mobile number); an unanswered referral writes an e-mail to the département's coordination
 * mailbox. {@link NotificationDispatcher} sends them after the commit.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class NotificationService {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MOBILE = Pattern.compile("^(?:\\+33|0033|0)[67][0-9]{8}$");
  private static final Map<Pathway, String> MEANING =
      Map.of(
          Pathway.PROFESSIONAL,
          "Vous êtes accompagné(e) vers l'emploi : recherche d'emploi, formation, création"
              + " d'activité.",
          Pathway.SOCIO_PROFESSIONAL,
          "Vous êtes accompagné(e) à la fois vers l'emploi et pour lever ce qui fait obstacle"
              + " (santé, logement, mobilité, garde d'enfants…).",
          Pathway.SOCIAL,
          "Vous êtes d'abord accompagné(e) pour résoudre les difficultés qui empêchent, pour"
              + " l'instant, de chercher un emploi.");

  @Inject NotificationRepository notifications;
  @Inject OrientationRepository orientations;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject MailSender mail;
  @Inject SmsSender sms;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.app.base-url", defaultValue = "http://localhost:9080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "smtp.from", defaultValue = "ne-pas-repondre@aiguillage.localhost")
  String fromAddress;

  // ---- written with the decision (same transaction) ----

  void onDecided(@Observes OrientationDecided e) {
    Orientation o = orientations.find(e.orientationId()).orElseThrow();
    Beneficiary b = beneficiaries.find(e.beneficiaryId()).orElseThrow();
    LetterData data = letterData(o, b, LocalDate.ofInstant(e.at(), PARIS));
    String actor = caller.get().username();
    Notification letter =
        new Notification(
            Notification.Kind.DECISION,
            Notification.Channel.LETTER,
            o.id(),
            b.id(),
            null,
            "Décision d'orientation",
            json(data),
            null,
            actor,
            e.at());
    notifications.add(letter);
    Map<String, Object> scope = Templates.scope(data);
    if (b.email() != null && !b.email().isBlank()) {
      notifications.add(
          new Notification(
              Notification.Kind.DECISION,
              Notification.Channel.EMAIL,
              o.id(),
              b.id(),
              b.email(),
              "Votre orientation RSA — Département " + data.departement(),
              Templates.text("decision-email.txt", scope),
              letter.id(),
              actor,
              e.at()));
    }
    mobile(b)
        .ifPresent(
            phone ->
                notifications.add(
                    new Notification(
                        Notification.Kind.DECISION,
                        Notification.Channel.SMS,
                        o.id(),
                        b.id(),
                        phone,
                        null,
                        Templates.text("decision-sms.txt", scope),
                        null,
                        actor,
                        e.at())));
  }

  void onEscalated(@Observes ReferralEscalated e) {
    String structure = structureName(e.structureId(), "la structure");
    tellCoordination(
        Notification.Kind.ESCALATION,
        e.orientationId(),
        e.beneficiaryId(),
        "Orientation sans réponse de " + structure,
        "escalation-email.txt",
        Map.of(
            "structure",
            structure,
            "sent",
            day(e.sentAt()),
            "due",
            day(e.dueAt()),
            "link",
            baseUrl + "/personnes/" + e.beneficiaryId(),
            "coordination",
            baseUrl + "/coordination"));
  }

  void onRefused(@Observes ReferralRefused e) {
    String structure = structureName(e.structureId(), "La structure");
    tellCoordination(
        Notification.Kind.REFUSAL,
        e.orientationId(),
        e.beneficiaryId(),
        "Orientation refusée par " + structure,
        "refusal-email.txt",
        Map.of(
            "structure",
            structure,
            "sent",
            day(e.at()),
            "reason",
            e.reason(),
            "link",
            baseUrl + "/personnes/" + e.beneficiaryId()));
  }

  // ---- appointments: convocation, move, reminder, cancellation (same transaction) ----

  void onAppointment(@Observes AppointmentNotice e) {
    Appointment a = notifications.appointment(e.appointmentId()).orElseThrow();
    Beneficiary b = beneficiaries.find(a.beneficiaryId()).orElseThrow();
    Structure s = structures.find(a.structureId()).orElseThrow();
    Optional<Referent> referent =
        a.referentId()
            .flatMap(
                id -> structures.referents().stream().filter(r -> r.id().equals(id)).findFirst());
    Instant now = clock.instant();
    Map<String, Object> scope = new java.util.HashMap<>();
    scope.put("departement", tenant().name());
    scope.put("when", Slots.when(a.startsAt()));
    scope.put("minutes", java.time.Duration.between(a.startsAt(), a.endsAt()).toMinutes());
    scope.put("modality", a.modality().label().toLowerCase(java.util.Locale.ROOT));
    scope.put("phone", a.modality() == Modality.TELEPHONE);
    scope.put("visio", a.modality() == Modality.VISIO);
    scope.put("place", a.modality() == Modality.PHYSIQUE);
    scope.put("location", a.location());
    scope.put("structure", s.name());
    scope.put("structurePhone", s.phone());
    scope.put("referent", referent.map(Referent::name).orElse(null));
    scope.put("name", b.firstNames() + " " + b.lastName());
    Optional.ofNullable(e.replacedId())
        .flatMap(notifications::appointment)
        .ifPresent(
            old -> {
              scope.put("before", Slots.when(old.startsAt()));
              scope.put("reason", old.endedReason());
            });
    if (e.type() == AppointmentNotice.Type.CANCELLATION) {
      scope.put("reason", a.endedReason());
    }
    Notification.Kind kind =
        switch (e.type()) {
          case CONVOCATION, MOVED -> Notification.Kind.CONVOCATION;
          case REMINDER -> Notification.Kind.REMINDER;
          case CANCELLATION -> Notification.Kind.CANCELLATION;
        };
    String template = e.type().name().toLowerCase(java.util.Locale.ROOT);
    String subject =
        switch (e.type()) {
          case CONVOCATION -> "Votre premier rendez-vous avec " + s.name();
          case MOVED -> "Votre rendez-vous avec " + s.name() + " est déplacé";
          case REMINDER -> "Rappel : votre rendez-vous de demain avec " + s.name();
          case CANCELLATION -> "Votre rendez-vous avec " + s.name() + " est annulé";
        };
    String actor = caller.get().username();
    if (b.email() != null && !b.email().isBlank()) {
      CalendarInvite.Event invite =
          new CalendarInvite.Event(
              chainRoot(a).toString() + "@aiguillage",
              // a cancellation outranks the last convocation (RFC 5546)
              chainLength(a) + (e.type() == AppointmentNotice.Type.CANCELLATION ? 1 : 0),
              a.startsAt(),
              a.endsAt(),
              "Rendez-vous avec " + s.name(),
              a.location(),
              Templates.text("appointment-ics.txt", scope),
              s.email() == null || s.email().isBlank() ? fromAddress : s.email(),
              b.email());
      byte[] ics =
          e.type() == AppointmentNotice.Type.CANCELLATION
              ? CalendarInvite.cancel(invite, now)
              : CalendarInvite.request(invite, now);
      notifications.add(
          new Notification(
                  kind,
                  Notification.Channel.EMAIL,
                  a.orientationId(),
                  b.id(),
                  b.email(),
                  subject,
                  Templates.text("appointment-" + template + "-email.txt", scope),
                  null,
                  actor,
                  now)
              .about(a.id(), e.type() == AppointmentNotice.Type.REMINDER ? null : ics));
    }
    mobile(b)
        .ifPresent(
            phone ->
                notifications.add(
                    new Notification(
                            kind,
                            Notification.Channel.SMS,
                            a.orientationId(),
                            b.id(),
                            phone,
                            null,
                            Templates.text("appointment-" + template + "-sms.txt", scope),
                            null,
                            actor,
                            now)
                        .about(a.id(), null)));
  }

  /** The first appointment of a chain of moves: the calendar event's stable UID. */
  private UUID chainRoot(Appointment a) {
    Appointment x = a;
    while (x.replacesId().isPresent()) {
      x = notifications.appointment(x.replacesId().get()).orElseThrow();
    }
    return x.id();
  }

  private int chainLength(Appointment a) {
    int n = 0;
    Appointment x = a;
    while (x.replacesId().isPresent()) {
      x = notifications.appointment(x.replacesId().get()).orElseThrow();
      n++;
    }
    return n;
  }

  /**
   * An e-mail to the département's coordination address; without one, nothing (the coordinator sees
   * the case in "Suivi des délais" and the person is back in the agents' queue).
   */
  private void tellCoordination(
      Notification.Kind kind,
      UUID orientationId,
      UUID beneficiaryId,
      String subject,
      String template,
      Map<String, Object> scope) {
    Optional<String> to = tenant().coordinationEmail().filter(s -> !s.isBlank());
    if (to.isEmpty()) {
      return;
    }
    notifications.add(
        new Notification(
            kind,
            Notification.Channel.EMAIL,
            orientationId,
            beneficiaryId,
            to.get(),
            subject,
            Templates.text(template, scope),
            null,
            caller.get().username(),
            clock.instant()));
  }

  private String structureName(UUID id, String unknown) {
    return structures.find(id).map(Structure::name).orElse(unknown);
  }

  private static String day(Instant at) {
    return Templates.longDate(LocalDate.ofInstant(at, PARIS));
  }

  // ---- read and handled by staff ----

  /** The notices of an orientation, the latest first. */
  public List<NotificationDetails> ofOrientation(UUID orientationId) {
    staff();
    Orientation o = orientations.find(orientationId).orElseThrow(() -> notFound());
    List<NotificationDetails> out =
        notifications.ofOrientation(o.id()).stream().map(NotificationDetails::of).toList();
    audit.record(AuditAction.READ, "beneficiary", o.beneficiaryId(), "avis et courriers");
    return out;
  }

  /** The latest decision letter of an orientation, written now if it was not yet. */
  public LetterFile letter(UUID orientationId) {
    staff();
    Orientation o = orientations.find(orientationId).orElseThrow(() -> notFound());
    Notification n =
        notifications
            .latestLetter(o.id())
            .orElseThrow(() -> new NotFoundException("Courrier de décision"));
    LetterData data = data(n);
    byte[] pdf = n.document().orElseGet(() -> write(n, data));
    audit.record(AuditAction.READ, "beneficiary", o.beneficiaryId(), "courrier de décision");
    return new LetterFile(DecisionLetter.fileName(data), pdf);
  }

  /** The letter was printed and posted. */
  public NotificationDetails markPrinted(UUID id) {
    staff();
    Notification n = notifications.find(id).orElseThrow(() -> new NotFoundException("Avis"));
    if (n.status() != Notification.Status.TO_PRINT) {
      throw new ConflictException("status", "Ce courrier n'est pas à imprimer.");
    }
    n.printed();
    audit.record(AuditAction.UPDATE, "beneficiary", n.beneficiaryId(), "courrier posté");
    return NotificationDetails.of(n);
  }

  /** A notice that failed is tried again now. */
  public NotificationDetails retry(UUID id) {
    staff();
    Notification n = notifications.find(id).orElseThrow(() -> new NotFoundException("Avis"));
    if (n.status() != Notification.Status.FAILED) {
      throw new ConflictException("status", "Seul un envoi en échec peut être relancé.");
    }
    n.retry(clock.instant());
    audit.record(AuditAction.UPDATE, "beneficiary", n.beneficiaryId(), "envoi relancé");
    return NotificationDetails.of(n);
  }

  // ---- sent (called by NotificationDispatcher, inside one tenant's transaction) ----

  /** Sends this tenant's due notices; returns how many were handled. */
  public int sendDue(Instant now, int max) {
    List<Notification> due = notifications.due(now, max);
    for (Notification n : due) {
      try {
        send(n, now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Avis " + n.id() + " non envoyé", e);
        n.failed(e.getMessage(), now);
      }
    }
    return due.size();
  }

  private void send(Notification n, Instant now) {
    switch (n.channel()) {
      case LETTER -> write(n, data(n));
      case SMS -> {
        sms.send(n.recipient(), n.body());
        n.sent(now);
      }
      case EMAIL -> {
        MailSender.Attachment attachment =
            n.appointmentId().isPresent() && n.document().isPresent()
                ? new MailSender.Attachment(
                    CalendarInvite.FILE_NAME,
                    CalendarInvite.contentType(n.document().get()),
                    n.document().get())
                : n.letterId()
                    .map(id -> notifications.find(id).orElseThrow())
                    .map(
                        letter -> {
                          LetterData data = data(letter);
                          byte[] pdf = letter.document().orElseGet(() -> write(letter, data));
                          return new MailSender.Attachment(
                              DecisionLetter.fileName(data), "application/pdf", pdf);
                        })
                    .orElse(null);
        try {
          mail.send(n.recipient(), n.subject(), n.body(), attachment);
          n.sent(now);
        } catch (DeliveryException e) {
          n.failed(e.getMessage(), now);
        }
      }
    }
  }

  private byte[] write(Notification letter, LetterData data) {
    byte[] pdf = DecisionLetter.pdf(data);
    boolean byEmail =
        notifications.ofOrientation(letter.orientationId()).stream()
            .anyMatch(x -> letter.id().equals(x.letterId().orElse(null)));
    letter.written(pdf, byEmail);
    return pdf;
  }

  // ---- inside ----

  private LetterData letterData(Orientation o, Beneficiary b, LocalDate day) {
    Tenant t = tenant();
    Optional<Structure> s = o.structureId().flatMap(structures::find);
    Optional<Referent> referent =
        o.referentId()
            .flatMap(
                id -> structures.referents().stream().filter(r -> r.id().equals(id)).findFirst());
    Address a = b.address();
    List<String> address = new ArrayList<>();
    if (a != null) {
      addIf(address, a.line());
      addIf(address, a.complement());
      addIf(address, join(a.postalCode(), a.communeName()));
    }
    List<String> structureAddress = new ArrayList<>();
    s.ifPresent(
        x -> {
          addIf(structureAddress, x.addressLine());
          addIf(
              structureAddress,
              join(
                  x.postalCode(),
                  Communes.find(x.communeInsee()).map(Communes.Commune::name).orElse(null)));
        });
    Pathway p = o.pathway().orElseThrow();
    return new LetterData(
        t.name(),
        o.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
        day.toString(),
        b.civility() == null ? "Madame, Monsieur" : b.civility().label(),
        b.firstNames() + " " + b.lastName().toUpperCase(java.util.Locale.ROOT),
        address,
        p.label(),
        MEANING.get(p),
        s.map(Structure::name).orElse("le département"),
        structureAddress,
        s.map(Structure::phone).orElse(null),
        s.map(Structure::email).orElse(null),
        referent.map(Referent::name).orElse(null),
        o.overrideReason());
  }

  private static Optional<String> mobile(Beneficiary b) {
    return Optional.ofNullable(b.phone())
        .map(p -> p.replaceAll("[ .-]", ""))
        .filter(p -> MOBILE.matcher(p).matches());
  }

  private static void addIf(List<String> lines, String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line.strip());
    }
  }

  private static String join(String a, String b) {
    return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
  }

  private static String json(LetterData d) {
    try {
      return JSON.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LetterData data(Notification letter) {
    try {
      return JSON.readValue(letter.body(), LetterData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Courrier illisible : " + letter.id(), e);
    }
  }

  private Tenant tenant() {
    return tenants
        .find(caller.get().requireTenant())
        .orElseThrow(() -> new NotFoundException("Département"));
  }

  private Caller staff() {
    Caller c = caller.get();
    c.requireDepartementStaff("Les courriers sont réservés aux agents du département.");
    return c;
  }

  private static NotFoundException notFound() {
    return new NotFoundException("Orientation");
  }
}
