package fr.aiguillage.orientation;

import static fr.aiguillage.orientation.OrientationAccess.decider;

import fr.aiguillage.directory.Structure;
import fr.aiguillage.directory.StructureRepository;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.NotFoundException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Tenant;
import fr.aiguillage.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The département's side of referrals: a decided orientation is addressed to its structure, which
 * has the tenant's delay to answer; the timer reminds the structure, then expires the referral and
 * escalates it to the coordinator. (The partner's side is {@link PartnerReferrals}.)
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Referrals {
  @Inject OrientationRepository orientations;
  @Inject OrientationJournal journal;
  @Inject OrientationFiles files;
  @Inject ReferralEvents referralEvents;
  @Inject StructureRepository structures;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject Event<ReferralEscalated> escalated;

  /** Addresses the decided orientation to its structure, which has the tenant's delay to answer. */
  public OrientationFile refer(UUID id, long expectedVersion) {
    Orientation o = orientations.load(id);
    o.expectVersion(expectedVersion);
    send(o, decider(caller.get()));
    orientations.flushOrConflict();
    return files.file(o);
  }

  /**
   * At a collective session's desk (issue 14): addresses the decided orientation to its structure
   * and, when the structure is present at the session (or is the département's own service),
   * records it accepted there with the referent of the decision — the structure came to take the
   * people oriented to it that morning (ADR 0017).
   */
  public OrientationFile referAtSession(UUID id, boolean acceptedOnSite, String session) {
    Caller c = decider(caller.get());
    Orientation o = orientations.load(id);
    Referral r = send(o, c);
    if (acceptedOnSite) {
      UUID referent =
          o.referentId()
              .orElseThrow(
                  () ->
                      new ConflictException(
                          "referentId", "Choisissez le référent qui suivra la personne."));
      Structure s = structures.find(r.structureId()).orElseThrow();
      Instant now = clock.instant();
      r.accept(referent, c.username(), now);
      journal.move(
          o,
          OrientationState.ACCEPTED,
          "Acceptée sur place par " + s.name() + " (" + session + ")");
      referralEvents.publish(r, "referral.accepted", now);
    }
    orientations.flushOrConflict();
    return files.file(o);
  }

  private Referral send(Orientation o, Caller c) {
    Lifecycle.check(o.state(), OrientationState.REFERRED);
    UUID structureId =
        o.structureId()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "structureId", "Choisissez d'abord la structure dans la décision."));
    Structure s =
        structures.find(structureId).orElseThrow(() -> new NotFoundException("Structure"));
    Tenant t = files.tenant();
    Instant now = clock.instant();
    Instant due = now.plus(Duration.ofDays(t.referralAnswerDays()));
    Instant remind =
        due.minus(Duration.ofDays(Math.min(t.referralReminderDays(), t.referralAnswerDays())));
    Referral r =
        Referral.send(
            o.id(),
            o.beneficiaryId(),
            o.pathway().orElseThrow().name(),
            s.id(),
            s.partnerOrgId(),
            c.username(),
            now,
            due,
            remind);
    orientations.add(r);
    journal.move(o, OrientationState.REFERRED, "Adressée à " + s.name());
    referralEvents.publish(r, "referral.sent", now);
    return r;
  }

  /**
   * Reminds and expires this tenant's due referrals; returns how many were handled. Called by
   * {@link ReferralTimers} inside one tenant's transaction.
   */
  public int runDueReferrals(Instant now, int max) {
    int handled = 0;
    for (Referral r : orientations.dueReferrals(now, max)) {
      if (!r.dueAt().isAfter(now)) {
        expire(r, now);
      } else {
        r.remind(now);
        referralEvents.publish(r, "referral.reminded", now);
      }
      handled++;
    }
    orientations.flushOrConflict();
    return handled;
  }

  private void expire(Referral r, Instant now) {
    r.expire(now);
    Orientation o = orientations.load(r.orientationId());
    journal.move(o, OrientationState.EXPIRED, "Pas de réponse de la structure dans le délai");
    referralEvents.publish(r, "referral.expired", now);
    referralEvents.publish(r, "referral.escalated", now);
    escalated.fire(
        new ReferralEscalated(
            r.id(), o.id(), o.beneficiaryId(), r.structureId(), r.sentAt(), r.dueAt()));
  }
}
