package fr.aiguillage.notification;

import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.orientation.ReferralEscalated;
import fr.aiguillage.orientation.ReferralRefused;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the département's coordination mailbox, in the referral's transaction, of a referral left
 * unanswered or refused by its structure; and the body a person is oriented to (or else the
 * coordination) of a contract whose deadline is near. {@link NotificationDispatcher} sends it after
 * the commit.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class CoordinationAlerts {
  @Inject NotificationRepository notifications;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "aiguillage.app.base-url", defaultValue = "http://localhost:9080")
  String baseUrl;

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

  /**
   * A contract due soon: to the structure the person is oriented to, or else to the coordination.
   */
  void onContractDue(@Observes ContractDue e) {
    Optional<String> to =
        Optional.ofNullable(e.structureEmail())
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .or(this::coordinationEmail);
    if (to.isEmpty()) {
      return;
    }
    Map<String, Object> scope =
        Map.of(
            "structure",
            e.structureName() == null ? "le département" : e.structureName(),
            "notified",
            Templates.longDate(e.notifiedOn()),
            "due",
            Templates.longDate(e.dueOn()),
            "link",
            baseUrl + "/personnes/" + e.beneficiaryId(),
            "queue",
            baseUrl + "/contrats");
    notifications.add(
        new Notification(
            Notification.Kind.CONTRACT_DUE,
            Notification.Channel.EMAIL,
            e.orientationId(),
            e.beneficiaryId(),
            to.get(),
            "Contrat à signer avant le " + Templates.longDate(e.dueOn()),
            Templates.text("contract-due-email.txt", scope),
            null,
            caller.get().username(),
            clock.instant()));
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
    Optional<String> to = coordinationEmail();
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

  private Optional<String> coordinationEmail() {
    return tenants
        .require(caller.get().requireTenant())
        .coordinationEmail()
        .filter(s -> !s.isBlank());
  }

  private String structureName(UUID id, String unknown) {
    return structures.find(id).map(Structure::name).orElse(unknown);
  }

  private static String day(Instant at) {
    return Templates.longDate(LocalDate.ofInstant(at, Templates.PARIS));
  }
}
