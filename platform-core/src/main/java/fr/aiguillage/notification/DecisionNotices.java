package fr.aiguillage.notification;

import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.orientation.Orientation;
import fr.aiguillage.orientation.OrientationDecided;
import fr.aiguillage.orientation.OrientationRepository;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantRepository;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;

/**
 * Tells the person of a decision, in the decision's transaction (a rolled-back decision tells no
 * one): the letter (always), the e-mail that carries it (when the person has an address) and an SMS
 * (when the person has a mobile number). {@link NotificationDispatcher} sends them after the
 * commit.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class DecisionNotices {
  @Inject NotificationRepository notifications;
  @Inject OrientationRepository orientations;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject StructureRepository structures;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;

  void onDecided(@Observes OrientationDecided e) {
    Orientation o = orientations.find(e.orientationId()).orElseThrow();
    Beneficiary b = beneficiaries.find(e.beneficiaryId()).orElseThrow();
    LetterData data =
        DecisionLetterData.of(
            tenant().name(),
            o,
            b,
            o.structureId().flatMap(structures::find),
            o.referentId().flatMap(structures::referent),
            LocalDate.ofInstant(e.at(), Templates.PARIS));
    String actor = caller.get().username();
    Notification letter =
        new Notification(
            Notification.Kind.DECISION,
            Notification.Channel.LETTER,
            o.id(),
            b.id(),
            null,
            "Décision d'orientation",
            DecisionLetterData.json(data),
            null,
            actor,
            e.at());
    notifications.add(letter);
    Map<String, Object> scope = Templates.scope(data);
    if (Recipients.hasEmail(b)) {
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
    Recipients.mobile(b)
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

  private Tenant tenant() {
    return tenants.require(caller.get().requireTenant());
  }
}
