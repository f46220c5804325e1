package fr.aiguillage.e2e.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.aiguillage.appointment.AppointmentTimers;
import fr.aiguillage.appointment.Appointments;
import fr.aiguillage.appointment.SlotInput;
import fr.aiguillage.appointment.Slots;
import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.beneficiary.BeneficiaryFile;
import fr.aiguillage.diagnostic.DiagnosticDetails;
import fr.aiguillage.diagnostic.Diagnostics;
import fr.aiguillage.directory.Directory;
import fr.aiguillage.directory.StructureSummary;
import fr.aiguillage.e2e.support.Deployments;
import fr.aiguillage.e2e.support.LifecycleTopic;
import fr.aiguillage.notification.NoticesDesk;
import fr.aiguillage.notification.Notification;
import fr.aiguillage.notification.NotificationDetails;
import fr.aiguillage.notification.NotificationDispatcher;
import fr.aiguillage.orientation.Decision;
import fr.aiguillage.orientation.OrientationDecisions;
import fr.aiguillage.orientation.OrientationFile;
import fr.aiguillage.orientation.OrientationQueries;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.orientation.PartnerReferrals;
import fr.aiguillage.orientation.ReferralTimers;
import fr.aiguillage.orientation.Referrals;
import fr.aiguillage.shared.ConflictException;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import fr.aiguillage.vocabulary.Pathway;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: one person from the file's creation to an expired referral. Each transition is
 * dated and attributed, an illegal one is refused, the referral timers remind then expire with an
 * explicit clock (twice changes nothing), and Kafka receives each transition once; a transition
 * whose transaction rolled back never leaves.
 */
@ExtendWith(ArquillianExtension.class)
class OrientationLifecycleIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.application()
        .addClasses(OrientationLifecycleIT.class, LifecycleTopic.class)
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }

  @Inject Beneficiaries beneficiaries;
  @Inject Diagnostics diagnostics;
  @Inject OrientationQueries orientations;
  @Inject OrientationDecisions decisions;
  @Inject Referrals referrals;
  @Inject Directory directory;
  @Inject ReferralTimers timers;
  @Inject NoticesDesk notices;
  @Inject NotificationDispatcher dispatcher;
  @Inject CurrentCaller currentCaller;
  @Inject PartnerReferrals partnerReferrals;
  @Inject Slots slots;
  @Inject Appointments appointments;
  @Inject AppointmentTimers appointmentTimers;
  @Inject UserTransaction tx;

  void actAsAgent() {
    currentCaller.actAs(
        new Caller(
            "agent-test",
            Optional.of(TenantCode.of("08")),
            Optional.empty(),
            Set.of(Roles.ORIENTATION_AGENT)));
  }

  @Test
  void aPersonGoesFromTheirFileToAnExpiredReferralAndEachStepIsPublishedOnce() throws Exception {
    actAsAgent();
    BeneficiaryFile person = beneficiaries.register(draft("7200001"));
    OrientationFile o = orientations.ofBeneficiary(person.id());
    assertEquals(OrientationState.TO_ORIENT, o.state());
    assertEquals(42, o.delays().targetDays());
    assertEquals(Long.valueOf(10), o.delays().fromRightsAndDuties());

    DiagnosticDetails d = diagnostics.open(person.id());
    assertEquals(OrientationState.DIAGNOSTIC, orientations.ofBeneficiary(person.id()).state());
    diagnostics.complete(d.id(), "Synthèse de test", null, List.of());
    o = orientations.ofBeneficiary(person.id());
    assertEquals(OrientationState.PROPOSED, o.state());
    assertNotNull(o.proposal(), "the proposal is copied from the diagnostic");
    Pathway proposed = Pathway.valueOf(o.proposal().pathway());

    OrientationFile proposedFile = o;
    ConflictException illegal =
        assertThrows(
            ConflictException.class,
            () -> referrals.refer(proposedFile.id(), proposedFile.version()));
    assertTrue(illegal.getMessage().startsWith("Impossible de passer de « Orientation proposée »"));

    StructureSummary structure =
        directory.directory().stream()
            .filter(s -> s.pathways().contains(proposed.name()))
            .findFirst()
            .orElseThrow();
    o = decisions.decide(o.id(), o.version(), new Decision(proposed, structure.id(), null, null));
    assertEquals(OrientationState.DECIDED, o.state());
    assertTrue(o.delays().decided());
    long decidedVersion = o.version();

    ConflictException stale =
        assertThrows(
            ConflictException.class,
            () -> referrals.refer(proposedFile.id(), proposedFile.version()));
    assertTrue(stale.getMessage().contains("rechargez"), stale.getMessage());

    tx.begin();
    referrals.refer(o.id(), decidedVersion);
    tx.rollback();
    assertEquals(OrientationState.DECIDED, orientations.get(o.id()).state());

    o = referrals.refer(o.id(), decidedVersion);
    assertEquals(OrientationState.REFERRED, o.state());
    OrientationFile.ReferralView referral = o.referrals().get(0);
    assertEquals(Duration.ofDays(10), Duration.between(referral.sentAt(), referral.dueAt()));

    Instant sent = referral.sentAt();
    timers.runAll(sent.plus(Duration.ofDays(6)));
    actAsAgent();
    assertEquals(null, orientations.get(o.id()).referrals().get(0).remindedAt(), "not yet");
    timers.runAll(sent.plus(Duration.ofDays(8)));
    actAsAgent();
    assertNotNull(
        orientations.get(o.id()).referrals().get(0).remindedAt(), "reminded 3 days before");
    timers.runAll(sent.plus(Duration.ofDays(11)));
    actAsAgent();
    o = orientations.get(o.id());
    assertEquals(OrientationState.EXPIRED, o.state());
    assertEquals("EXPIRED", o.referrals().get(0).status());
    assertEquals("minuteur", o.history().get(o.history().size() - 1).actor());
    timers.runAll(sent.plus(Duration.ofDays(12)));
    actAsAgent();
    assertEquals(o.history().size(), orientations.get(o.id()).history().size(), "nothing twice");
    List<NotificationDetails> escalation =
        notices.ofOrientation(o.id()).stream()
            .filter(n -> n.kind() == Notification.Kind.ESCALATION)
            .toList();
    assertEquals(1, escalation.size(), "the coordination is told once");
    assertEquals("coordination-08@departement.localhost", escalation.get(0).recipient());
    // the escalation's commit also wakes the background dispatcher: whichever run takes the
    // notice sends it, the other skips it while it is locked
    dispatcher.runAll(sent.plus(Duration.ofDays(12)));
    UUID orientationId = o.id();
    await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              actAsAgent();
              assertEquals(
                  Notification.Status.SENT,
                  notices.ofOrientation(orientationId).stream()
                      .filter(n -> n.kind() == Notification.Kind.ESCALATION)
                      .findFirst()
                      .orElseThrow()
                      .status(),
                  "accepted by the SMTP server");
            });

    List<String> expected =
        List.of(
            "orientation.to-orient",
            "orientation.diagnostic",
            "orientation.proposed",
            "orientation.decided",
            "orientation.referred",
            "orientation.expired");
    Map<String, List<String>> byKey =
        consume(o.id().toString(), expected.size(), referral.id().toString(), 4);
    assertEquals(
        expected.stream().map(t -> "fr.aiguillage." + t).toList(),
        byKey.get(o.id().toString()),
        "each transition once, in order, none from the rolled-back referral");
    assertEquals(
        List.of(
            "fr.aiguillage.referral.sent",
            "fr.aiguillage.referral.reminded",
            "fr.aiguillage.referral.expired",
            "fr.aiguillage.referral.escalated"),
        byKey.get(referral.id().toString()));
    assertFalse(byKey.toString().contains("Lifecycle"), "no name in the events");
  }

  /**
   * The reminder the day before a first appointment, with an explicit clock: not two days before,
   * once the day before (by e-mail and SMS), never twice.
   */
  @Test
  void aBookedPersonIsRemindedTheDayBeforeOnce() {
    actAsAgent();
    BeneficiaryFile person =
        beneficiaries.register(
            withContact(draft("7200002"), "rappel-test@exemple.fr", "06 11 22 33 44"));
    DiagnosticDetails d = diagnostics.open(person.id());
    diagnostics.complete(d.id(), "Synthèse de test", null, List.of());
    OrientationFile o = orientations.ofBeneficiary(person.id());
    StructureSummary plie =
        directory.directory().stream()
            .filter(s -> s.name().equals("PLIE des Ardennes"))
            .findFirst()
            .orElseThrow();
    o =
        decisions.decide(
            o.id(),
            o.version(),
            new Decision(Pathway.valueOf(plie.pathways().get(0)), plie.id(), null, "Vers le PLIE"));
    o = referrals.refer(o.id(), o.version());
    java.util.UUID referral = o.referrals().get(0).id();

    currentCaller.actAs(
        new Caller(
            "plie-test",
            Optional.empty(),
            Optional.of("plie-ardennes"),
            Set.of(Roles.PARTNER_USER)));
    var seen = partnerReferrals.get(referral);
    partnerReferrals.answer(
        referral,
        new PartnerReferrals.AnswerInput(
            PartnerReferrals.Answer.ACCEPT, seen.referents().get(0).id(), null, null));
    LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(2);
    currentCaller.actAs(
        new Caller(
            "plie-test",
            Optional.empty(),
            Optional.of("plie-ardennes"),
            Set.of(Roles.PARTNER_USER)));
    var slot =
        slots
            .publish(
                new SlotInput(
                    plie.id(),
                    null,
                    day,
                    java.time.LocalTime.of(10, 0),
                    45,
                    "PHYSIQUE",
                    "2 place Ducale, Charleville-Mézières",
                    null,
                    null))
            .slots()
            .get(0);
    currentCaller.actAs(
        new Caller(
            "plie-test",
            Optional.empty(),
            Optional.of("plie-ardennes"),
            Set.of(Roles.PARTNER_USER)));
    appointments.book(new Appointments.BookingInput(referral, slot.id(), null));

    java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
    Instant twoDaysBefore = day.minusDays(2).atTime(18, 0).atZone(paris).toInstant();
    Instant dayBefore = day.minusDays(1).atTime(8, 0).atZone(paris).toInstant();
    appointmentTimers.runAll(twoDaysBefore);
    assertEquals(0, reminders(o.id()), "not two days before");
    appointmentTimers.runAll(dayBefore);
    assertEquals(2, reminders(o.id()), "the day before, by e-mail and by SMS");
    appointmentTimers.runAll(dayBefore.plus(Duration.ofHours(3)));
    assertEquals(2, reminders(o.id()), "never twice");
    actAsAgent();
    assertEquals(
        Notification.Kind.CONVOCATION,
        notices.ofOrientation(o.id()).stream()
            .filter(n -> n.channel() == Notification.Channel.EMAIL)
            .map(NotificationDetails::kind)
            .filter(k -> k != Notification.Kind.DECISION && k != Notification.Kind.REMINDER)
            .findFirst()
            .orElseThrow(),
        "the convocation was written with the booking");
  }

  private long reminders(java.util.UUID orientation) {
    actAsAgent();
    return notices.ofOrientation(orientation).stream()
        .filter(n -> n.kind() == Notification.Kind.REMINDER)
        .count();
  }

  private static BeneficiaryDraft withContact(BeneficiaryDraft d, String email, String phone) {
    return new BeneficiaryDraft(
        d.civility(),
        d.lastName(),
        d.birthName(),
        d.firstNames(),
        d.birthDate(),
        d.cafNumber(),
        d.householdRole(),
        d.nir(),
        email,
        phone,
        d.addressLine(),
        d.addressComplement(),
        d.postalCode(),
        d.communeName(),
        d.communeInsee(),
        d.territoryId(),
        d.rsaClaimDate(),
        d.rightsAndDutiesStart());
  }

  private static Map<String, List<String>> consume(String key1, int n1, String key2, int n2) {
    Map<String, List<String>> types = new HashMap<>();
    types.put(key1, new ArrayList<>());
    types.put(key2, new ArrayList<>());
    try (KafkaConsumer<String, String> consumer = LifecycleTopic.consumer("orientation-it")) {
      consumer.subscribe(List.of(LifecycleTopic.NAME));
      long deadline = System.currentTimeMillis() + 60_000;
      while ((types.get(key1).size() < n1 || types.get(key2).size() < n2)
          && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          if (types.containsKey(r.key())) {
            String v = r.value();
            int i = v.indexOf("\"type\":\"") + 8;
            types.get(r.key()).add(v.substring(i, v.indexOf('"', i)));
          }
        }
      }
      // anything published twice would arrive within the same poll window
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
        if (types.containsKey(r.key())) {
          types.get(r.key()).add("duplicate");
        }
      }
    }
    return types;
  }

  private static BeneficiaryDraft draft(String caf) {
    return new BeneficiaryDraft(
        "MADAME",
        "Lifecycle",
        null,
        "Test",
        LocalDate.of(1985, 3, 4),
        caf,
        "CLAIMANT",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(20),
        LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(10));
  }
}
