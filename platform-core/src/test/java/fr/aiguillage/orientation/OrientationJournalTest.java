package fr.aiguillage.orientation;

import static fr.aiguillage.orientation.JournalFakes.AGENT;
import static fr.aiguillage.orientation.JournalFakes.NOW;
import static fr.aiguillage.orientation.JournalFakes.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.beneficiary.BeneficiaryStatus;
import fr.aiguillage.events.DomainEvent;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.shared.InvalidInputException;
import fr.aiguillage.testing.PayloadJson;
import fr.aiguillage.vocabulary.Pathway;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrientationJournalTest {
  final JournalFakes fakes = new JournalFakes();
  final OrientationJournal journal = fakes.journal;

  @Test
  void aMoveIsRecordedWithItsActorReasonAndTimeAndPublishedOnce() {
    Orientation o = proposed(Pathway.PROFESSIONAL, true);

    OrientationTransition t = journal.move(o, OrientationState.DIAGNOSTIC, "Revoir les freins");

    assertThat(o.state()).as("the aggregate took the step").isEqualTo(OrientationState.DIAGNOSTIC);
    assertThat(fakes.orientations.steps()).as("the step is kept").containsExactly(t);
    assertThat(t.orientationId()).isEqualTo(o.id());
    assertThat(t.from()).isEqualTo(OrientationState.PROPOSED);
    assertThat(t.to()).isEqualTo(OrientationState.DIAGNOSTIC);
    assertThat(t.actor()).as("the caller is the actor").isEqualTo(AGENT);
    assertThat(t.reason()).isEqualTo("Revoir les freins");
    assertThat(t.at()).as("the clock's time").isEqualTo(NOW);
    assertThat(fakes.published).as("one event per step").hasSize(1);
    DomainEvent e = fakes.published.get(0);
    assertThat(e.type()).isEqualTo("orientation.diagnostic");
    assertThat(e.aggregateType()).isEqualTo("orientation");
    assertThat(e.aggregateId()).isEqualTo(o.id().toString());
    assertThat(e.tenant()).isEqualTo("08");
    assertThat(e.occurredAt()).isEqualTo(NOW);
    assertThat(e.payload()).isInstanceOf(OrientationChanged.class);
    assertThat(fakes.audited)
        .containsExactly("UPDATE beneficiary orientation : PROPOSED → DIAGNOSTIC");
    assertThat(fakes.person.status())
        .as("the person's file sums the orientation up")
        .isEqualTo(BeneficiaryStatus.TO_ORIENT);
    assertThat(fakes.decided.events).as("only a decision tells the person").isEmpty();
  }

  @Test
  void anIllegalMoveIsRefusedAndLeavesNoTrace() {
    Orientation o = proposed(Pathway.PROFESSIONAL, false);

    assertThatThrownBy(() -> journal.move(o, OrientationState.ACCOMPANIED, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Impossible de passer de « ");
    assertThat(o.state()).isEqualTo(OrientationState.PROPOSED);
    assertThat(fakes.orientations.added).isEmpty();
    assertThat(fakes.published).isEmpty();
    assertThat(fakes.audited).isEmpty();
  }

  @Test
  void aDecisionFromTheProposalIsOneStepToDecidedAndTellsThePersonOnce() {
    Orientation o = proposed(Pathway.SOCIAL, false);
    UUID structure = UUID.randomUUID();

    OrientationTransition t =
        journal.decide(o, new Decision(Pathway.SOCIAL, structure, null, null));

    assertThat(o.state()).isEqualTo(OrientationState.DECIDED);
    assertThat(o.pathway()).contains(Pathway.SOCIAL);
    assertThat(o.structureId()).contains(structure);
    assertThat(o.decidedBy()).isEqualTo(AGENT);
    assertThat(o.decidedAt()).contains(NOW);
    assertThat(o.overrideReason()).as("no departure from the proposal").isNull();
    assertThat(t.reason()).isEqualTo("Proposition acceptée : " + Pathway.SOCIAL.label());
    assertThat(fakes.orientations.steps()).containsExactly(t);
    assertThat(fakes.published)
        .extracting(DomainEvent::type)
        .containsExactly("orientation.decided");
    assertThat(fakes.decided.events)
        .as("the person is to be told, once")
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.orientationId()).isEqualTo(o.id());
              assertThat(d.at()).isEqualTo(NOW);
            });
    assertThat(fakes.person.status()).isEqualTo(BeneficiaryStatus.ORIENTED);
  }

  @Test
  void aDecisionThatDepartsFromTheProposalKeepsTheAgentsReason() {
    Orientation o = proposed(Pathway.SOCIAL, false);

    OrientationTransition t =
        journal.decide(
            o,
            new Decision(
                Pathway.PROFESSIONAL, UUID.randomUUID(), null, "  Projet d'emploi à court terme "));

    assertThat(o.overrideReason()).isEqualTo("Projet d'emploi à court terme");
    assertThat(t.reason()).isEqualTo("Projet d'emploi à court terme");
  }

  @Test
  void aDecisionThatDepartsFromTheProposalWithoutAReasonIsRefusedAndLeavesNoTrace() {
    Orientation o = proposed(Pathway.SOCIAL, false);

    assertThatThrownBy(
            () ->
                journal.decide(o, new Decision(Pathway.PROFESSIONAL, UUID.randomUUID(), null, " ")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting("field").containsExactly("reason"));
    assertThat(o.state()).isEqualTo(OrientationState.PROPOSED);
    assertThat(o.pathway()).isEmpty();
    assertThat(fakes.published).isEmpty();
    assertThat(fakes.decided.events).isEmpty();
  }

  @Test
  void aPersonWithoutAnOrientationGetsOneOpenedWithItsFirstStep() {
    UUID person = UUID.randomUUID();

    Orientation o = journal.openOf(person);

    assertThat(o.beneficiaryId()).isEqualTo(person);
    assertThat(o.state()).isEqualTo(OrientationState.TO_ORIENT);
    assertThat(fakes.orientations.added).startsWith(o);
    assertThat(fakes.orientations.steps())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.from()).as("opened: no previous state").isNull();
              assertThat(t.to()).isEqualTo(OrientationState.TO_ORIENT);
              assertThat(t.reason()).isEqualTo("Dossier ouvert");
              assertThat(t.at()).isEqualTo(NOW);
            });
    assertThat(fakes.published)
        .extracting(DomainEvent::type)
        .containsExactly("orientation.to-orient");
    assertThat(fakes.audited)
        .containsExactly("UPDATE beneficiary orientation : ouverte → TO_ORIENT");
  }

  @Test
  void anOpenOrientationIsReturnedAsItIs() {
    Orientation existing = proposed(Pathway.SOCIAL, false);
    fakes.orientations.open.put(existing.beneficiaryId(), existing);

    assertThat(journal.openOf(existing.beneficiaryId())).isSameAs(existing);
    assertThat(fakes.orientations.added).isEmpty();
    assertThat(fakes.published).isEmpty();
  }

  @Test
  void theEventsNameTheReferentInChargeOnceThereIsOne() {
    Orientation o = proposed(Pathway.SOCIAL, false);
    journal.decide(o, new Decision(Pathway.SOCIAL, UUID.randomUUID(), null, null));
    journal.move(o, OrientationState.REFERRED, "Adressée");
    UUID referent = UUID.randomUUID();
    o.assignReferent(referent);
    journal.move(o, OrientationState.ACCEPTED, "Acceptée");

    assertThat(fakes.published)
        .extracting(DomainEvent::type)
        .containsExactly("orientation.decided", "orientation.referred", "orientation.accepted");
    assertThat(PayloadJson.of(fakes.published.get(0).payload()).has("referentId"))
        .as("a decision without a referent leaves the field out")
        .isFalse();
    assertThat(PayloadJson.of(fakes.published.get(2).payload()).path("referentId").asText())
        .as("the partner's acceptance names the referent")
        .isEqualTo(referent.toString());
  }

  @Test
  void aDecisionThatNamesAReferentCarriesIt() {
    Orientation o = proposed(Pathway.PROFESSIONAL, false);
    UUID referent = UUID.randomUUID();

    journal.decide(o, new Decision(Pathway.PROFESSIONAL, UUID.randomUUID(), referent, null));

    assertThat(fakes.published)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((OrientationChanged) e.payload()).referentId())
                    .isEqualTo(referent.toString()));
  }
}
