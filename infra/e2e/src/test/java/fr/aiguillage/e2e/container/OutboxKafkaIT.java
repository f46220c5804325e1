package fr.aiguillage.e2e.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.aiguillage.beneficiary.Beneficiaries;
import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.beneficiary.BeneficiaryFile;
import fr.aiguillage.e2e.support.Deployments;
import fr.aiguillage.e2e.support.LifecycleTopic;
import fr.aiguillage.tenancy.Caller;
import fr.aiguillage.tenancy.CurrentCaller;
import fr.aiguillage.tenancy.Roles;
import fr.aiguillage.tenancy.TenantCode;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: an event committed with its change reaches the Kafka topic (CloudEvents
 * envelope, keyed by aggregate id); one whose transaction rolled back never does.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxKafkaIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClasses(OutboxKafkaIT.class, LifecycleTopic.class);
  }

  @Inject Beneficiaries beneficiaries;
  @Inject CurrentCaller currentCaller;
  @Inject UserTransaction tx;

  @Test
  void committedEventsReachKafkaAndRolledBackOnesNever() throws Exception {
    currentCaller.actAs(
        new Caller(
            "test-outbox",
            Optional.of(TenantCode.of("08")),
            Optional.empty(),
            Set.of(Roles.ORIENTATION_AGENT)));

    tx.begin();
    BeneficiaryFile rolledBack = beneficiaries.register(draft("7100001"));
    tx.rollback();
    BeneficiaryFile committed = beneficiaries.register(draft("7100002"));

    Map<String, String> seen = new HashMap<>();
    try (KafkaConsumer<String, String> consumer = LifecycleTopic.consumer("outbox-it")) {
      consumer.subscribe(List.of(LifecycleTopic.NAME));
      long deadline = System.currentTimeMillis() + 60_000;
      while (!seen.containsKey(committed.id().toString())
          && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.put(r.key(), r.value());
          assertEquals(
              "application/cloudevents+json",
              new String(r.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        }
      }
    }
    String envelope = seen.get(committed.id().toString());
    assertTrue(envelope != null, "the committed event reached Kafka");
    assertTrue(envelope.contains("\"type\":\"fr.aiguillage.beneficiary.created\""), envelope);
    assertTrue(envelope.contains("\"tenant\":\"08\""), envelope);
    assertTrue(envelope.contains("\"specversion\":\"1.0\""), envelope);
    assertFalse(envelope.contains("Rollback"), "no name in the event payload");
    assertTrue(envelope.contains("\"birthYear\":1980"), "the year of birth: " + envelope);
    assertTrue(envelope.contains("\"birthMonth\":1"), "the month of birth: " + envelope);
    assertTrue(envelope.contains("\"sex\":\"M\""), "the sex from the civility: " + envelope);
    assertFalse(envelope.contains("1980-01-01"), "never the birth date: " + envelope);
    assertFalse(envelope.contains("\"rightState\""), "no CAF flow yet, no right state");
    assertFalse(
        seen.containsKey(rolledBack.id().toString()),
        "the rolled-back event never left the outbox");
  }

  private static BeneficiaryDraft draft(String caf) {
    return new BeneficiaryDraft(
        "MONSIEUR",
        "Rollback",
        null,
        "Test",
        LocalDate.of(1980, 1, 1),
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
        LocalDate.now().minusDays(20),
        LocalDate.now().minusDays(10));
  }
}
