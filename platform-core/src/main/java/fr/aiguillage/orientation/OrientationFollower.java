package fr.aiguillage.orientation;

import fr.aiguillage.beneficiary.BeneficiaryChanged;
import fr.aiguillage.beneficiary.BeneficiaryStatus;
import fr.aiguillage.diagnostic.DiagnosticMilestone;
import fr.aiguillage.tenancy.TenantScoped;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The orientation follows the other contexts' events, in their transaction: the person's file (the
 * entry into rights and duties), their diagnostic (opened, then its proposal), and their first
 * appointment (booked, cancelled, held or missed). Every move goes through the journal.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class OrientationFollower {
  @Inject OrientationRepository orientations;
  @Inject OrientationJournal journal;

  void onBeneficiaryChanged(@Observes BeneficiaryChanged changed) {
    Orientation o = journal.openOf(UUID.fromString(changed.beneficiaryId()));
    if (o.state() == OrientationState.INTAKE
        && BeneficiaryStatus.TO_ORIENT.name().equals(changed.status())) {
      journal.move(o, OrientationState.TO_ORIENT, "Entrée dans les droits et devoirs");
    }
  }

  void onDiagnostic(@Observes DiagnosticMilestone m) {
    Orientation o = journal.openOf(m.beneficiaryId());
    if (m.kind() == DiagnosticMilestone.Kind.OPENED) {
      if (o.state() == OrientationState.TO_ORIENT) {
        journal.move(o, OrientationState.DIAGNOSTIC, null);
      }
      return;
    }
    o.recordProposal(
        m.diagnosticId(),
        Pathway.valueOf(m.proposedPathway()),
        m.proposedTarget(),
        m.proposedRule(),
        m.needsReview(),
        m.criteriaVersion());
    if (Lifecycle.allowed(o.state(), OrientationState.PROPOSED)) {
      journal.move(o, OrientationState.PROPOSED, "Diagnostic terminé : proposition des critères");
    }
  }

  /**
   * The first appointment moves the orientation: booked, back to accepted when it is cancelled or
   * missed, accompanied once held. The appointment's service has checked who may.
   */
  void onAppointment(@Observes AppointmentMilestone m) {
    OrientationState to =
        switch (m.kind()) {
          case BOOKED -> OrientationState.APPOINTMENT_BOOKED;
          case SEEN -> OrientationState.ACCOMPANIED;
          case CANCELLED, EXCUSED, NO_SHOW -> OrientationState.ACCEPTED;
        };
    Orientation o = orientations.load(m.orientationId());
    if (o.state() != to) {
      journal.move(o, to, why(m));
    }
  }

  /** The first contract signed under the orientation, for its history and delays. */
  void onContract(@Observes ContractMilestone m) {
    orientations.load(m.orientationId()).recordContractSigned(m.signedAt());
  }

  private static String why(AppointmentMilestone m) {
    return switch (m.kind()) {
      case BOOKED -> "Premier rendez-vous le " + m.detail();
      case CANCELLED -> "Rendez-vous annulé : " + m.detail();
      case SEEN -> "Premier rendez-vous honoré";
      case EXCUSED -> "Absence excusée au premier rendez-vous";
      case NO_SHOW -> "Absence au premier rendez-vous";
    };
  }
}
