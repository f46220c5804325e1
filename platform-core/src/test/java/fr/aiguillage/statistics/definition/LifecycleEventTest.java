package fr.aiguillage.statistics.definition;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.appointment.AppointmentChanged;
import fr.aiguillage.beneficiary.BeneficiaryChanged;
import fr.aiguillage.contract.ContractChanged;
import fr.aiguillage.diagnostic.DiagnosticCompleted;
import fr.aiguillage.notification.NotificationSent;
import fr.aiguillage.orientation.OrientationChanged;
import fr.aiguillage.orientation.OrientationState;
import fr.aiguillage.orientation.ReferralChanged;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events the definitions read are the ones the code publishes, with the fields their payloads
 * carry: checked against the sources (the type literals each context publishes, the orientation's
 * states), the payload records, and docs/events.md.
 */
class LifecycleEventTest {
  private static String sources;
  private static String eventsDoc;

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/aiguillage"))) {
      sources =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.toString().contains("statistics"))
              .map(LifecycleEventTest::text)
              .collect(Collectors.joining("\n"));
    }
    eventsDoc = Files.readString(Path.of("../docs/events.md"));
  }

  @Test
  void everyPublishedEventIsPublishedByTheCodeAndDocumented() {
    for (LifecycleEvent e : LifecycleEvent.values()) {
      if (!e.isPublished()) {
        continue;
      }
      assertThat(publishedInCode(e)).as("%s published somewhere in the code", e.type()).isTrue();
      assertThat(documented(e)).as("%s in docs/events.md", e.type()).isTrue();
    }
  }

  @Test
  void everyEventTheDefinitionsReadIsOnTheTopic() {
    assertThat(Arrays.stream(LifecycleEvent.values()).filter(e -> !e.isPublished()))
        .as("the notice of the decision is published since notification.sent")
        .isEmpty();
  }

  @Test
  void everyOrientationStateHasItsEvent() {
    for (OrientationState s : OrientationState.values()) {
      String type = "orientation." + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
      assertThat(LifecycleEvent.values())
          .as("an event for %s", type)
          .anyMatch(e -> e.shortType().equals(type));
    }
  }

  @Test
  void theFieldsAreThoseOfThePayloadRecords() {
    Map<Class<? extends Record>, Set<LifecycleEvent>> payloads =
        Map.of(
            BeneficiaryChanged.class,
            EnumSet.of(LifecycleEvent.BENEFICIARY_CREATED, LifecycleEvent.BENEFICIARY_UPDATED),
            OrientationChanged.class,
            prefixed("orientation."),
            ReferralChanged.class,
            prefixed("referral."),
            AppointmentChanged.class,
            prefixed("appointment."),
            ContractChanged.class,
            prefixed("contract."),
            NotificationSent.class,
            EnumSet.of(LifecycleEvent.NOTIFICATION_SENT),
            DiagnosticCompleted.class,
            EnumSet.of(LifecycleEvent.DIAGNOSTIC_COMPLETED));
    payloads.forEach(
        (record, events) -> {
          List<String> components =
              Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
          for (LifecycleEvent e : events) {
            assertThat(e.fields()).as("fields of %s", e.type()).isEqualTo(components);
          }
        });
  }

  @Test
  void everyMilestoneReadsAFieldItsEventsCarry() {
    for (IndicatorDefinition d : IndicatorCatalogue.all()) {
      for (Milestone m : milestones(d)) {
        for (LifecycleEvent e : m.events()) {
          assertThat(e.hasField(m.field()))
              .as("%s reads %s of %s", d.id(), m.field(), e.type())
              .isTrue();
        }
      }
    }
  }

  @Test
  void theTypeOnTheTopicCarriesThePrefix() {
    assertThat(LifecycleEvent.APPOINTMENT_ATTENDANCE.type())
        .isEqualTo("fr.aiguillage.appointment.attendance");
    assertThat(sources).contains("TYPE_PREFIX = \"" + LifecycleEvent.TYPE_PREFIX + "\"");
  }

  private static List<Milestone> milestones(IndicatorDefinition d) {
    return Stream.of(d.start(), d.end(), d.countedOn())
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private static boolean publishedInCode(LifecycleEvent e) {
    String t = e.shortType();
    if (t.startsWith("orientation.")) {
      return Arrays.stream(OrientationState.values())
          .anyMatch(
              s ->
                  ("orientation." + s.name().toLowerCase(Locale.ROOT).replace('_', '-')).equals(t));
    }
    return sources.contains("\"" + t + "\"") || sources.contains("'" + t + "'");
  }

  /** On the family's row of the table: the full type, or its {@code .name} after the first. */
  private static boolean documented(LifecycleEvent e) {
    String t = e.shortType();
    String family = t.substring(0, t.indexOf('.'));
    String name = t.substring(t.indexOf('.') + 1);
    return eventsDoc
        .lines()
        .filter(line -> line.startsWith("| `fr.aiguillage." + family + "."))
        .anyMatch(
            line ->
                line.contains("`fr.aiguillage." + t + "`")
                    || line.contains("`." + name + "`")
                    || family.equals("orientation") && line.contains("`" + name + "`"));
  }

  private static Set<LifecycleEvent> prefixed(String prefix) {
    return Arrays.stream(LifecycleEvent.values())
        .filter(e -> e.shortType().startsWith(prefix))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifecycleEvent.class)));
  }

  private static String text(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
