package fr.aiguillage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.intake.FlowHousehold.State;
import fr.aiguillage.intake.FlowPerson.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two hand-made flows, person by person, and a flow too big to hold in memory. */
class CafFlowReaderTest {
  static List<FlowHousehold> all(CafFlowReader r) {
    List<FlowHousehold> read = new ArrayList<>();
    FlowHousehold h;
    while ((h = r.next()) != null) {
      read.add(h);
    }
    return read;
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = CafFlowReaderTest.class.getResourceAsStream("/flows/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theLatin1FixtureIsReallyLatin1() throws IOException {
    byte[] bytes = fixture("caf-latin1.xml");
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("Hélène", "Françoise");
    assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
        .as("é is the single byte E9, which UTF-8 refuses")
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void latin1FlowWithWrappersAtDifferentDepths() throws IOException {
    try (CafFlowReader r =
        new CafFlowReader(new java.io.ByteArrayInputStream(fixture("caf-latin1.xml")))) {
      FlowHeader header = r.header();
      assertThat(header.flowDate()).contains(LocalDate.of(2026, 11, 30));
      assertThat(header.time()).isEqualTo(LocalTime.of(21, 4, 5));
      assertThat(header.problems()).isEmpty();
      assertThat(r.declaredEncoding()).contains("ISO-8859-1");

      List<FlowHousehold> read = all(r);
      assertThat(read).hasSize(2);

      FlowHousehold first = read.get(0);
      assertThat(first.problems()).isEmpty();
      assertThat(first.rejected()).isFalse();
      assertThat(first.ordinal()).isEqualTo(1);
      assertThat(first.claimNumber()).isEqualTo("05123456789");
      assertThat(first.cafNumber()).isEqualTo("0512345");
      assertThat(first.claimDate()).isEqualTo(LocalDate.of(2024, 3, 15));
      assertThat(first.state()).isEqualTo(State.OPEN_PAYABLE);
      assertThat(first.state().code()).isEqualTo(2);
      assertThat(first.suspensionReason()).isNull();
      assertThat(first.benefitKind()).isEqualTo("RSD");
      assertThat(first.address())
          .isEqualTo(
              new FlowHousehold.Address(
                  "12 RUE DE L'ÉGLISE",
                  "Bâtiment B, Résidence Les Écrins",
                  "05000",
                  "GAP",
                  "05061"));
      assertThat(first.hasSpouse()).isTrue();
      assertThat(first.children()).isEqualTo(1);
      assertThat(first.persons())
          .containsExactly(
              new FlowPerson(
                  1,
                  Civility.MADAME,
                  "LEFÈVRE",
                  "GARÇON",
                  "Hélène Marie",
                  LocalDate.of(1985, 5, 12),
                  "285057505612338",
                  "2",
                  Role.DEM,
                  true,
                  false),
              new FlowPerson(
                  2,
                  Civility.MONSIEUR,
                  "LEFÈVRE",
                  null,
                  "Noël",
                  LocalDate.of(1983, 1, 15),
                  "183010506104696",
                  "1",
                  Role.CJT,
                  true,
                  null),
              new FlowPerson(
                  3,
                  Civility.MADAME,
                  "LEFÈVRE",
                  null,
                  "Zoé",
                  LocalDate.of(2015, 9, 1),
                  null,
                  "2",
                  Role.ENF,
                  false,
                  null));

      FlowHousehold second = read.get(1);
      assertThat(second.problems()).isEmpty();
      assertThat(second.ordinal()).isEqualTo(2);
      assertThat(second.claimNumber()).isEqualTo("05987654321");
      assertThat(second.cafNumber()).as("the CAF prefix and the space go").isEqualTo("7654321");
      assertThat(second.claimDate()).isEqualTo(LocalDate.of(2025, 2, 1));
      assertThat(second.state()).isEqualTo(State.PAYMENT_SUSPENDED);
      assertThat(second.suspensionReason()).isEqualTo("05");
      assertThat(second.benefitKind()).isEqualTo("RSI");
      assertThat(second.address())
          .isEqualTo(new FlowHousehold.Address(null, null, "05100", "BRIANÇON", "05023"));
      assertThat(second.hasSpouse()).isFalse();
      assertThat(second.children()).isEqualTo(1);
      assertThat(second.persons())
          .containsExactly(
              new FlowPerson(
                  1,
                  Civility.MADAME,
                  "DUPRÉ",
                  null,
                  "Françoise",
                  LocalDate.of(1990, 7, 14),
                  null,
                  null,
                  Role.DEM,
                  false,
                  true),
              new FlowPerson(
                  2,
                  Civility.MONSIEUR,
                  "DUPRÉ",
                  null,
                  "Noël",
                  LocalDate.of(2019, 12, 24),
                  null,
                  "1",
                  Role.ENF,
                  null,
                  null));

      assertThat(r.unreadElements())
          .as("leaves only, with the first household they showed in")
          .containsExactly(Map.entry("DTDEMRMI", 1), Map.entry("NATIONALITE", 1));
      assertThat(r.moreUnreadElements()).isFalse();
    }
  }

  @Test
  void utf8FlowWithPrefixesCdataAndTheIdentificationAtTheEnd() throws IOException {
    try (CafFlowReader r =
        new CafFlowReader(new java.io.ByteArrayInputStream(fixture("caf-utf8.xml")))) {
      assertThat(r.header().flowDate()).as("not met before the first household").isEmpty();
      assertThat(r.header().problems())
          .containsExactly(
              new Problem(
                  0,
                  "IdentificationFlux — DTCREAFLUX",
                  "Date du flux absente : le flux ne peut pas être daté."));

      List<FlowHousehold> read = all(r);
      assertThat(r.header().flowDate()).as("known at the end").contains(LocalDate.of(2026, 11, 30));
      assertThat(r.header().time()).isEqualTo(LocalTime.of(21, 4));
      assertThat(r.header().problems()).isEmpty();

      assertThat(read).hasSize(1);
      FlowHousehold h = read.get(0);
      assertThat(h.problems()).isEmpty();
      assertThat(h.claimNumber()).isEqualTo("38000000001");
      assertThat(h.cafNumber()).isEqualTo("1234567890123");
      assertThat(h.claimDate()).isEqualTo(LocalDate.of(2023, 1, 1));
      assertThat(h.state()).isEqualTo(State.OPEN_SUSPENDED);
      assertThat(h.suspensionReason()).isEqualTo("AB");
      assertThat(h.benefitKind()).isNull();
      assertThat(h.address())
          .isEqualTo(
              new FlowHousehold.Address(
                  "3 bis CHEMIN DES ÉCOLIERS", null, "38000", "GRENOBLE", "38185"));
      assertThat(h.hasSpouse()).isFalse();
      assertThat(h.children()).isZero();
      assertThat(h.persons())
          .containsExactly(
              new FlowPerson(
                  1,
                  Civility.MADAME,
                  "N'GUYỄN",
                  null,
                  "Anaïs Éléonore",
                  LocalDate.of(1992, 3, 4),
                  "292033818500217",
                  null,
                  Role.DEM,
                  true,
                  null),
              new FlowPerson(
                  2,
                  Civility.MONSIEUR,
                  "MARTIN",
                  null,
                  "Jérôme",
                  LocalDate.of(1960, 10, 31),
                  null,
                  "1",
                  Role.AUT,
                  null,
                  null));
      assertThat(r.unreadElements()).isEmpty();
    }
  }

  @Test
  void twoHundredThousandHouseholdsStreamedFromAGeneratedFlow() {
    int households = 200_000;
    int count = 0;
    int persons = 0;
    try (CafFlowReader r = new CafFlowReader(CafFlowFile.stream(households, 42))) {
      assertThat(r.header().flowDate()).contains(LocalDate.of(2026, 11, 30));
      FlowHousehold h;
      while ((h = r.next()) != null) {
        count++;
        persons += h.persons().size();
        assertThat(h.ordinal()).isEqualTo(count);
        if (!h.problems().isEmpty()) {
          throw new AssertionError("foyer " + h.ordinal() + " : " + h.problems());
        }
      }
    }
    assertThat(count).isEqualTo(households);
    assertThat(persons).isBetween(households, households * 5);
  }
}
