package fr.aiguillage.notification;

import fr.aiguillage.appointment.Appointment;
import fr.aiguillage.appointment.AppointmentNotice;
import fr.aiguillage.appointment.Modality;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.directory.Referent;
import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the person of an appointment — convocation, move, reminder, cancellation — in the
 * appointment's transaction: an e-mail with the calendar event (when the person has an address) and
 * an SMS (when the person has a mobile number). {@link NotificationDispatcher} sends them after the
 * commit.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class AppointmentNotices {
  @Inject NotificationRepository notifications;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "smtp.from", defaultValue = "ne-pas-repondre@aiguillage.localhost")
  String fromAddress;

  void onAppointment(@Observes AppointmentNotice e) {
    Appointment a = notifications.appointment(e.appointmentId()).orElseThrow();
    Beneficiary b = beneficiaries.find(a.beneficiaryId()).orElseThrow();
    Structure s = structures.find(a.structureId()).orElseThrow();
    Optional<Referent> referent = a.referentId().flatMap(structures::referent);
    Instant now = clock.instant();
    Map<String, Object> scope = scope(e, a, b, s, referent);
    Notification.Kind kind = kind(e.type());
    String template = "appointment-" + e.type().name().toLowerCase(Locale.ROOT);
    boolean cancellation = e.type() == AppointmentNotice.Type.CANCELLATION;
    String actor = caller.get().username();
    if (Recipients.hasEmail(b)) {
      CalendarChain chain = notifications.chainOf(a);
      CalendarInvite.Event invite =
          new CalendarInvite.Event(
              chain.uid(),
              chain.sequence(cancellation),
              a.startsAt(),
              a.endsAt(),
              "Rendez-vous avec " + s.name(),
              a.location(),
              Templates.text("appointment-ics.txt", scope),
              s.email() == null || s.email().isBlank() ? fromAddress : s.email(),
              b.email());
      byte[] ics =
          cancellation ? CalendarInvite.cancel(invite, now) : CalendarInvite.request(invite, now);
      notifications.add(
          new Notification(
                  kind,
                  Notification.Channel.EMAIL,
                  a.orientationId(),
                  b.id(),
                  b.email(),
                  subject(e.type(), s.name()),
                  Templates.text(template + "-email.txt", scope),
                  null,
                  actor,
                  now)
              .about(a.id(), e.type() == AppointmentNotice.Type.REMINDER ? null : ics));
    }
    Recipients.mobile(b)
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
                            Templates.text(template + "-sms.txt", scope),
                            null,
                            actor,
                            now)
                        .about(a.id(), null)));
  }

  /** What the texts say: when, how, where, with whom; for a move, the time before and why. */
  private Map<String, Object> scope(
      AppointmentNotice e, Appointment a, Beneficiary b, Structure s, Optional<Referent> referent) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("departement", departement());
    scope.put("when", Slots.when(a.startsAt()));
    scope.put("minutes", Duration.between(a.startsAt(), a.endsAt()).toMinutes());
    scope.put("modality", a.modality().label().toLowerCase(Locale.ROOT));
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
    return scope;
  }

  static Notification.Kind kind(AppointmentNotice.Type type) {
    return switch (type) {
      case CONVOCATION, MOVED -> Notification.Kind.CONVOCATION;
      case REMINDER -> Notification.Kind.REMINDER;
      case CANCELLATION -> Notification.Kind.CANCELLATION;
    };
  }

  static String subject(AppointmentNotice.Type type, String structure) {
    return switch (type) {
      case CONVOCATION -> "Votre premier rendez-vous avec " + structure;
      case MOVED -> "Votre rendez-vous avec " + structure + " est déplacé";
      case REMINDER -> "Rappel : votre rendez-vous de demain avec " + structure;
      case CANCELLATION -> "Votre rendez-vous avec " + structure + " est annulé";
    };
  }

  private String departement() {
    return tenants.require(caller.get().requireTenant()).name();
  }
}
