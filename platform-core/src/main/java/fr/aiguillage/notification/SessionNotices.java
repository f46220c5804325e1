package fr.aiguillage.notification;

import fr.aiguillage.appointment.Slots;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the person invited to a collective session — convocation, reminder, cancellation — in the
 * session's transaction: the letter (an accessible PDF, written by {@link NotificationSender} after
 * the commit), an e-mail with the calendar event and the letter (when the person has an address)
 * and an SMS (when the person has a mobile number). Each carries the questionnaire link when the
 * event gives one (its secret is known only now).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class SessionNotices {
  static final String ICS_FILE = "session.ics";

  @Inject NotificationRepository notifications;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "smtp.from", defaultValue = "ne-pas-repondre@aiguillage.localhost")
  String fromAddress;

  @Inject
  @ConfigProperty(name = "aiguillage.app.base-url", defaultValue = "http://localhost:9080")
  String baseUrl;

  void onSession(@Observes SessionNotice e) {
    SessionFacts s = notifications.session(e.sessionId()).orElseThrow();
    Beneficiary b = beneficiaries.find(e.personId()).orElseThrow();
    Instant now = clock.instant();
    SessionFacts next =
        e.nextSessionId() == null ? null : notifications.session(e.nextSessionId()).orElseThrow();
    ConvocationData data =
        data(e, s, next, Addressee.of(b), departement(), link(e.questionnaireToken()), now);
    Map<String, Object> scope = scope(data, b, s, next);
    Notification.Kind kind = kind(e.type());
    String template = "session-" + e.type().name().toLowerCase(Locale.ROOT);
    String actor = caller.get().username();
    Notification letter =
        new Notification(
                kind,
                Notification.Channel.LETTER,
                e.orientationId(),
                b.id(),
                null,
                data.title(),
                ConvocationLetter.json(data),
                null,
                actor,
                now)
            .aboutSession(e.sessionId(), null);
    notifications.add(letter);
    if (Recipients.hasEmail(b)) {
      byte[] ics = e.type() == SessionNotice.Type.REMINDER ? null : calendar(e, s, b, scope, now);
      notifications.add(
          new Notification(
                  kind,
                  Notification.Channel.EMAIL,
                  e.orientationId(),
                  b.id(),
                  b.email(),
                  subject(e.type(), data),
                  Templates.text(template + "-email.txt", scope),
                  letter.id(),
                  actor,
                  now)
              .aboutSession(e.sessionId(), ics));
    }
    if (next != null && Recipients.hasEmail(b)) {
      convocationToNext(e, next, b, actor, now);
    }
    Recipients.mobile(b)
        .ifPresent(
            phone ->
                notifications.add(
                    new Notification(
                            kind,
                            Notification.Channel.SMS,
                            e.orientationId(),
                            b.id(),
                            phone,
                            null,
                            Templates.text(template + "-sms.txt", scope),
                            null,
                            actor,
                            now)
                        .aboutSession(e.sessionId(), null)));
  }

  /**
   * A cancelled session's people are moved to the next one: their calendar gets its event too (the
   * cancellation's e-mail removes the old one and tells the new date; this one adds it).
   */
  private void convocationToNext(
      SessionNotice cancelled, SessionFacts next, Beneficiary b, String actor, Instant now) {
    SessionNotice e =
        new SessionNotice(
            SessionNotice.Type.CONVOCATION,
            cancelled.nextSessionId(),
            cancelled.personId(),
            cancelled.orientationId(),
            cancelled.questionnaireToken(),
            null);
    ConvocationData data =
        data(e, next, null, Addressee.of(b), departement(), link(e.questionnaireToken()), now);
    Map<String, Object> scope = scope(data, b, next, null);
    scope.put("withLetter", false);
    notifications.add(
        new Notification(
                Notification.Kind.CONVOCATION,
                Notification.Channel.EMAIL,
                e.orientationId(),
                b.id(),
                b.email(),
                subject(e.type(), data),
                Templates.text("session-convocation-email.txt", scope),
                null,
                actor,
                now)
            .aboutSession(e.sessionId(), calendar(e, next, b, scope, now)));
  }

  /**
   * The calendar event of the person's place: one UID per session and person; each file sent raises
   * its SEQUENCE, so a cancellation outranks the convocation.
   */
  private byte[] calendar(
      SessionNotice e, SessionFacts s, Beneficiary b, Map<String, Object> scope, Instant now) {
    CalendarInvite.Event event =
        new CalendarInvite.Event(
            uid(e.sessionId(), b.id()),
            notifications.calendarFilesSent(e.sessionId(), b.id()),
            s.startsAt(),
            s.endsAt(),
            s.kind(),
            s.videoUrl() != null ? s.videoUrl() : s.oneLine(),
            Templates.text("session-ics.txt", scope),
            fromAddress,
            b.email());
    return e.type() == SessionNotice.Type.CANCELLATION
        ? CalendarInvite.cancel(event, now)
        : CalendarInvite.request(event, now);
  }

  static String uid(UUID sessionId, UUID personId) {
    return "session-" + sessionId + "-" + personId + "@aiguillage";
  }

  /** Whom a letter is addressed to, as its heading writes them. */
  record Addressee(String civility, String fullName, List<String> address) {
    static Addressee of(Beneficiary b) {
      return new Addressee(
          DecisionLetterData.civility(b.civility()),
          DecisionLetterData.fullName(b.firstNames(), b.lastName()),
          DecisionLetterData.addressLines(b.address()));
    }
  }

  /** What the letter, the e-mail and the SMS say. */
  static ConvocationData data(
      SessionNotice e,
      SessionFacts s,
      SessionFacts next,
      Addressee to,
      String departement,
      String link,
      Instant now) {
    boolean cancelled = e.type() == SessionNotice.Type.CANCELLATION;
    return new ConvocationData(
        departement,
        DecisionLetterData.reference(e.sessionId()),
        LocalDate.ofInstant(now, Templates.PARIS).toString(),
        to.civility(),
        to.fullName(),
        to.address(),
        title(e.type()),
        s.kind(),
        Slots.when(s.startsAt()),
        Duration.between(s.startsAt(), s.endsAt()).toMinutes(),
        s.placeLines(),
        s.room(),
        s.videoUrl(),
        null,
        null,
        s.rightsAndDuties() || !cancelled,
        e.type() == SessionNotice.Type.REMINDER,
        cancelled,
        cancelled ? s.cancelReason() : null,
        next == null ? null : Slots.when(next.startsAt()),
        next == null ? List.of() : placeWithRoom(next),
        next == null ? null : next.videoUrl(),
        link);
  }

  private static List<String> placeWithRoom(SessionFacts s) {
    List<String> lines = new java.util.ArrayList<>(s.placeLines());
    if (s.room() != null) {
      lines.add("Salle : " + s.room());
    }
    return lines;
  }

  private static Map<String, Object> scope(
      ConvocationData d, Beneficiary b, SessionFacts s, SessionFacts next) {
    return scope(d, b.firstNames() + " " + b.lastName(), s, next);
  }

  static Map<String, Object> scope(
      ConvocationData d, String name, SessionFacts s, SessionFacts next) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("d", d);
    scope.put("name", name);
    scope.put("withLetter", true);
    scope.put("placeLine", s.videoUrl() != null ? null : s.oneLine());
    scope.put("nextPlaceLine", next == null ? null : next.oneLine());
    return scope;
  }

  static String title(SessionNotice.Type type) {
    return switch (type) {
      case CONVOCATION -> "Convocation à une séance d'information collective";
      case REMINDER -> "Rappel de votre convocation";
      case CANCELLATION -> "Annulation de la séance d'information collective";
    };
  }

  static String subject(SessionNotice.Type type, ConvocationData d) {
    return switch (type) {
      case CONVOCATION -> "Convocation : " + d.what() + " le " + d.when();
      case REMINDER -> "Rappel : " + d.what() + " dans deux jours";
      case CANCELLATION -> "Annulation : " + d.what() + " du " + d.when();
    };
  }

  static Notification.Kind kind(SessionNotice.Type type) {
    return switch (type) {
      case CONVOCATION -> Notification.Kind.CONVOCATION;
      case REMINDER -> Notification.Kind.REMINDER;
      case CANCELLATION -> Notification.Kind.CANCELLATION;
    };
  }

  /** The person's page, {@code <base>/mon-parcours/<token>}; null without a token. */
  String link(String token) {
    return personPage(baseUrl, token);
  }

  static String personPage(String baseUrl, String token) {
    if (token == null) {
      return null;
    }
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + "/mon-parcours/" + token;
  }

  private String departement() {
    return tenants.require(caller.get().requireTenant()).name();
  }
}
