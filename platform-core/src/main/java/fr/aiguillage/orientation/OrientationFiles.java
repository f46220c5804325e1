package fr.aiguillage.orientation;

import fr.aiguillage.beneficiary.Beneficiary;
import fr.aiguillage.beneficiary.BeneficiaryRepository;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The orientation as the edges read it: a person's file (state, proposal, decision, dated history,
 * referrals, delays against the tenant's target) and a line of the queue of people to orient.
 */
@ApplicationScoped
class OrientationFiles {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final String CONTRACT_SIGNED = "Contrat signé par la personne et son référent";

  @Inject OrientationRepository orientations;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject TenantRepository tenants;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), PARIS);
  }

  /** The caller's département (its targets). */
  Tenant tenant() {
    return tenants.require(caller.get().requireTenant());
  }

  Beneficiary person(UUID id) {
    return beneficiaries.find(id).orElseThrow(() -> new NotFoundException("Dossier"));
  }

  OrientationFile file(Orientation o) {
    return file(o, person(o.beneficiaryId()));
  }

  OrientationFile file(Orientation o, Beneficiary b) {
    Tenant t = tenant();
    LocalDate decidedOn = o.decidedAt().map(i -> LocalDate.ofInstant(i, PARIS)).orElse(null);
    return new OrientationFile(
        o.id(),
        o.beneficiaryId(),
        o.version(),
        o.state(),
        o.state().label(),
        o.stateSince(),
        Lifecycle.next(o.state()).stream().sorted().toList(),
        o.proposedPathway()
            .map(
                p ->
                    new OrientationFile.Proposed(
                        o.diagnosticId().orElse(null),
                        p.name(),
                        o.proposedTarget(),
                        o.proposedRule(),
                        o.proposedReview(),
                        o.criteriaVersion()))
            .orElse(null),
        o.pathway()
            .map(
                p ->
                    new OrientationFile.Decided(
                        p.name(),
                        o.structureId().orElse(null),
                        o.referentId().orElse(null),
                        o.decidedAt().orElse(null),
                        o.decidedBy(),
                        o.overrideReason()))
            .orElse(null),
        history(o),
        orientations.referrals(o.id()).stream().map(OrientationFile.ReferralView::of).toList(),
        Delays.of(
            b.rsaClaimDate(),
            b.rightsAndDutiesStart(),
            b.listedOn(),
            decidedOn,
            today(),
            t.orientationTargetDays(),
            orientations.notifiedAt(o.id()).map(OrientationFiles::day).orElse(null),
            o.contractSignedAt().map(OrientationFiles::day).orElse(null)));
  }

  /**
   * The dated steps, and "contract signed" where it happened (a milestone that leaves the state as
   * it was).
   */
  private List<OrientationFile.Step> history(Orientation o) {
    List<OrientationFile.Step> steps = new ArrayList<>();
    Instant signed = o.contractSignedAt().orElse(null);
    for (OrientationTransition s : orientations.steps(o.id())) {
      if (signed != null && s.at().isAfter(signed)) {
        steps.add(contractSigned(steps, signed));
        signed = null;
      }
      steps.add(
          new OrientationFile.Step(
              s.from(), s.to(), s.to().label(), s.at(), s.actor(), s.reason()));
    }
    if (signed != null) {
      steps.add(contractSigned(steps, signed));
    }
    return steps;
  }

  private static OrientationFile.Step contractSigned(
      List<OrientationFile.Step> before, Instant at) {
    OrientationState state = before.isEmpty() ? null : before.get(before.size() - 1).to();
    return new OrientationFile.Step(state, state, CONTRACT_SIGNED, at, "contrat", null);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, PARIS);
  }

  /** A person waiting to be oriented, with how long since the start of rights and duties. */
  static QueueItem item(OrientationRepository.Waiting row, Tenant t, LocalDate today) {
    Orientation o = row.orientation();
    Beneficiary b = row.beneficiary();
    Delays.Start basis = Delays.Start.of(b.rightsAndDutiesStart(), b.rsaClaimDate());
    LocalDate start = basis.date(b.rightsAndDutiesStart(), b.rsaClaimDate(), b.listedOn());
    long waiting = start == null ? 0 : ChronoUnit.DAYS.between(start, today);
    return new QueueItem(
        o.id(),
        b.id(),
        b.lastName(),
        b.firstNames(),
        b.territoryId(),
        o.state(),
        o.state().label(),
        o.stateSince(),
        start,
        basis,
        waiting,
        waiting > t.orientationTargetDays(),
        o.proposedPathway().map(Enum::name).orElse(null),
        o.proposedReview(),
        o.version());
  }
}
