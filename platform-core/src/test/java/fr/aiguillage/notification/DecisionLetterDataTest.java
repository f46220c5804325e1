package fr.aiguillage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguillage.beneficiary.Address;
import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.vocabulary.Pathway;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionLetterDataTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void thePersonIsAddressedByCivilityAndNameWithTheLastNameInCapitals() {
    assertThat(DecisionLetterData.civility(Civility.MADAME)).isEqualTo("Madame");
    assertThat(DecisionLetterData.civility(null)).isEqualTo("Madame, Monsieur");
    assertThat(DecisionLetterData.fullName("Élodie", "L'Hôte")).isEqualTo("Élodie L'HÔTE");
  }

  @Test
  void theReferenceIsTheOrientationIdsFirstEightCharactersInCapitals() {
    assertThat(
            DecisionLetterData.reference(UUID.fromString("3f2a9c1b-0000-4000-8000-00000000abcd")))
        .isEqualTo("3F2A9C1B");
  }

  @Test
  void addressLinesLeaveOutWhatIsEmpty() {
    assertThat(
            DecisionLetterData.addressLines(
                new Address(
                    " 12 rue de l'Église ", "  ", "08000", "Charleville-Mézières", "08105")))
        .containsExactly("12 rue de l'Église", "08000 Charleville-Mézières");
    assertThat(DecisionLetterData.addressLines(new Address(null, "Bât. B", null, null, null)))
        .containsExactly("Bât. B");
    assertThat(DecisionLetterData.addressLines(null)).isEmpty();
  }

  @Test
  void theStructuresCommuneIsNamedFromItsInseeCode() {
    assertThat(DecisionLetterData.placeLines("3 place Ducale", "08000", "08105"))
        .containsExactly("3 place Ducale", "08000 Charleville-Mézières");
    assertThat(DecisionLetterData.placeLines(null, "08000", "99999")).containsExactly("08000");
  }

  @Test
  void everyPathwayIsExplained() {
    for (Pathway p : Pathway.values()) {
      assertThat(DecisionLetterData.MEANING.get(p)).as(p.name()).startsWith("Vous êtes");
    }
  }

  /** Letters kept before a change must still be read: the stored JSON's field names are pinned. */
  @Test
  void theDataIsKeptAsJsonWithStableNamesAndReadBack() {
    String json = DecisionLetterData.json(DecisionLetterTest.DATA);

    assertThat(json)
        .isEqualTo(
            "{\"departement\":\"Ardennes\",\"reference\":\"3F2A9C1B\",\"date\":\"2026-11-23\","
                + "\"civility\":\"Madame\",\"fullName\":\"Élodie L'HÔTE\","
                + "\"address\":[\"12 rue de l'Église\",\"08000 Charleville-Mézières\"],"
                + "\"pathway\":\"Parcours social (remobilisation)\","
                + "\"pathwayMeaning\":\"Vous êtes d'abord accompagné(e) pour résoudre les"
                + " difficultés.\","
                + "\"structureName\":\"Centre social « Les Forges »\","
                + "\"structureAddress\":[\"3 place Ducale\",\"08000 Charleville-Mézières\"],"
                + "\"structurePhone\":\"03 24 00 00 00\",\"structureEmail\":null,"
                + "\"referentName\":\"Jeanne Martin\","
                + "\"reason\":\"Santé à stabiliser avant une recherche d'emploi.\"}");
    assertThat(DecisionLetterData.read(letter(json))).isEqualTo(DecisionLetterTest.DATA);
  }

  @Test
  void anUnreadableLetterSaysWhichOne() {
    Notification broken = letter("pas du JSON");

    assertThatThrownBy(() -> DecisionLetterData.read(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Courrier illisible : " + broken.id());
  }

  @Test
  void onlyMobileNumbersGetAnSms() {
    assertThat(Recipients.mobile("06 12 34 56 78")).contains("0612345678");
    assertThat(Recipients.mobile("+33 7.12.34.56.78")).contains("+33712345678");
    assertThat(Recipients.mobile("0033-6-12-34-56-78")).contains("0033612345678");
    assertThat(Recipients.mobile("03 24 00 00 00")).as("a landline").isEmpty();
    assertThat(Recipients.mobile("06 12 34 56")).as("too short").isEmpty();
    assertThat(Recipients.mobile((String) null)).isEmpty();
  }

  private static Notification letter(String body) {
    return new Notification(
        Notification.Kind.DECISION,
        Notification.Channel.LETTER,
        UUID.randomUUID(),
        UUID.randomUUID(),
        null,
        "Décision d'orientation",
        body,
        null,
        "agent-08",
        NOW);
  }
}
