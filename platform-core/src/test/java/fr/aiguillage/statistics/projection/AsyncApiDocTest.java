package fr.aiguillage.statistics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.aiguillage.appointment.AppointmentChanged;
import fr.aiguillage.beneficiary.BeneficiaryChanged;
import fr.aiguillage.contract.ContractChanged;
import fr.aiguillage.diagnostic.DiagnosticCompleted;
import fr.aiguillage.notification.NotificationSent;
import fr.aiguillage.orientation.OrientationChanged;
import fr.aiguillage.orientation.ReferralChanged;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml parses, names both topics, every reference in it resolves, and each payload it
 * describes has the fields of the Java record that writes it, in order.
 */
class AsyncApiDocTest {
  static JsonNode doc;

  @BeforeAll
  static void read() throws Exception {
    doc = new YAMLMapper().readTree(Path.of("../docs/asyncapi.yaml").toFile());
  }

  @Test
  void itIsAnAsyncApi3DocumentOfBothTopics() {
    assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
    List<String> addresses = new ArrayList<>();
    doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
    assertThat(addresses).containsExactly("aiguillage.lifecycle.v1", StatisticsTopic.DEFAULT_TOPIC);
    doc.path("operations")
        .forEach(o -> assertThat(o.path("action").asText()).isIn("send", "receive"));
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collect(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(doc.at(JsonPointer.compile(ref.substring(1))).isMissingNode())
          .as("%s resolves", ref)
          .isFalse();
    }
  }

  @Test
  void thePayloadsHaveTheRecordsFields() {
    Map<String, Class<? extends Record>> records =
        Map.of(
            "Milestone", MilestoneItem.class,
            "BeneficiaryChanged", BeneficiaryChanged.class,
            "OrientationChanged", OrientationChanged.class,
            "ReferralChanged", ReferralChanged.class,
            "AppointmentChanged", AppointmentChanged.class,
            "ContractChanged", ContractChanged.class,
            "NotificationSent", NotificationSent.class,
            "DiagnosticCompleted", DiagnosticCompleted.class);
    records.forEach(
        (schema, type) -> {
          List<String> documented = new ArrayList<>();
          doc.path("components")
              .path("schemas")
              .path(schema)
              .path("properties")
              .fieldNames()
              .forEachRemaining(documented::add);
          assertThat(documented)
              .as("the fields of %s", schema)
              .containsExactlyElementsOf(
                  Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        });
  }

  private static void collect(JsonNode n, List<String> refs) {
    if (n.isObject()) {
      n.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("$ref")) {
                  refs.add(e.getValue().asText());
                } else {
                  collect(e.getValue(), refs);
                }
              });
    } else if (n.isArray()) {
      n.forEach(x -> collect(x, refs));
    }
  }
}
