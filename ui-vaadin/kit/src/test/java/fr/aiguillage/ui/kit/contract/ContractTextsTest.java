package fr.aiguillage.ui.kit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.contract.ContractState;
import fr.aiguillage.contract.ContractView;
import fr.aiguillage.contract.Signature;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTextsTest {
  @Test
  void theWeeklyTotalSaysWhatIsMissing() {
    assertThat(ContractTexts.weeklyTotal(12, 15))
        .isEqualTo(
            "12 heures prévues par semaine pour 15 heures demandées : il en manque 3 (ajoutez des"
                + " heures ou indiquez une dispense et son motif).");
    assertThat(ContractTexts.weeklyTotal(15, 15))
        .isEqualTo("15 heures prévues par semaine pour 15 heures demandées : le compte y est.");
    assertThat(ContractTexts.weeklyTotal(18, 15)).endsWith("le compte y est.");
  }

  @Test
  void oneHourIsSingular() {
    assertThat(ContractTexts.weeklyTotal(1, 1))
        .isEqualTo("1 heure prévue par semaine pour 1 heure demandée : le compte y est.");
    assertThat(ContractTexts.weeklyTotal(0, 15)).startsWith("0 heure prévue");
  }

  @Test
  void fewerThanFifteenHoursNeedAnExemption() {
    assertThat(ContractTexts.exemptionNeeded(14)).isTrue();
    assertThat(ContractTexts.exemptionNeeded(15)).isFalse();
    assertThat(ContractTexts.exemptionNeeded(20)).isFalse();
  }

  @Test
  void everyStateHasItsBadge() {
    for (ContractState s : ContractState.values()) {
      ContractTexts.stateTheme(s);
    }
    assertThat(ContractTexts.stateTheme(ContractState.SIGNED)).isEqualTo("success");
    assertThat(ContractTexts.stateTheme(ContractState.CANCELLED)).isEqualTo("error");
  }

  @Test
  void theAuthorNamesTheirBody() {
    assertThat(
            ContractTexts.author(
                new ContractView.Author("Thomas Girard", "DEPARTEMENT", null, null)))
        .isEqualTo("Rédigé par Thomas Girard (département)");
    assertThat(
            ContractTexts.author(
                new ContractView.Author(
                    "Sandrine Petit", "PARTNER", "plie-ardennes", "PLIE des Ardennes")))
        .isEqualTo("Rédigé par Sandrine Petit (PLIE des Ardennes)");
  }

  @Test
  void theDeadlineSaysTheDaysLate() {
    LocalDate notified = LocalDate.of(2026, 11, 1);
    assertThat(
            ContractTexts.deadline(
                new ContractView.Deadline(
                    notified, LocalDate.of(2026, 12, 1), "OVERDUE", "En retard", 3)))
        .isEqualTo(
            "En retard de 3 jours — Échéance le 01/12/2026 (décision notifiée le 01/11/2026)");
    assertThat(
            ContractTexts.deadline(
                new ContractView.Deadline(
                    notified, LocalDate.of(2026, 12, 1), "TO_WRITE", "À rédiger", 0)))
        .isEqualTo("À rédiger — Échéance le 01/12/2026 (décision notifiée le 01/11/2026)");
    assertThat(ContractTexts.deadline(null)).isNull();
  }

  @Test
  void aSignatureSaysWhoHowAndWhen() {
    ContractView.SignatureView s =
        new ContractView.SignatureView(
            Signature.Signer.PERSON,
            "la personne",
            "Marie Dupont",
            Signature.Method.IN_PERSON,
            Instant.parse("2026-12-06T09:05:00Z"),
            "ab",
            null,
            null);
    assertThat(ContractTexts.signature(s))
        .isEqualTo("Signé par Marie Dupont (la personne), sur place, le 06/12/2026 à 10h05");
  }

  @Test
  void theFingerprintReadsInGroupsOfEight() {
    assertThat(ContractTexts.fingerprint("0123456789abcdef01"))
        .isEqualTo("Empreinte SHA-256 du document : 01234567 89abcdef 01");
    assertThat(ContractTexts.fingerprint(null)).isEmpty();
  }
}
