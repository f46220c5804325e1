package fr.aiguillage.partner.person;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.contract.ContractState;
import fr.aiguillage.contract.ContractView.SignatureView;
import fr.aiguillage.contract.RemoteSignatures.PersonContract;
import fr.aiguillage.contract.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The person's contract page: what they see before and after signing, escaped, in French. */
class ContractPageTest {
  static final String SHA = "ab".repeat(32);

  static PersonContract toSign(boolean phone, boolean email) {
    return new PersonContract(
        UUID.randomUUID(),
        "Contrat d'engagement",
        "Contrat d'engagement",
        ContractState.TO_SIGN,
        "À signer",
        "<article class=\"contrat\" lang=\"fr\"><h1>Contrat</h1><section><h2>Objet</h2></section></article>",
        SHA,
        "Thomas <Girard>",
        List.of(),
        false,
        true,
        phone,
        email,
        LocalDate.of(2027, 1, 4),
        LocalDate.of(2027, 7, 3),
        null);
  }

  @Test
  void theChannelChosenStaysSelectedAndTheDocumentsHeadingsComeUnderThePagesOwn() {
    String page =
        ContractPage.render(toSign(true, true), "/p.pdf", "Code envoyé", null, null, "EMAIL");
    assertThat(page).contains("value=\"EMAIL\" checked").doesNotContain("value=\"SMS\" checked");
    assertThat(page).contains("<h3>Contrat</h3>", "<h4>Objet</h4>").containsOnlyOnce("<h1>");
    assertThat(page).contains("Thomas &lt;Girard&gt;").contains(SHA);
    assertThat(ContractPage.render(toSign(true, true), "/p.pdf", null, null, null))
        .as("the phone first by default")
        .contains("value=\"SMS\" checked");
    assertThat(ContractPage.render(toSign(false, true), "/p.pdf", null, null, null, "SMS"))
        .as("a channel the file has not is never offered")
        .doesNotContain("value=\"SMS\"")
        .contains("value=\"EMAIL\" checked");
  }

  @Test
  void withoutPhoneNorEmailThePersonSignsOnTheReferentsScreen() {
    assertThat(ContractPage.render(toSign(false, false), "/p.pdf", null, null, "Élise"))
        .contains("ni téléphone ni courriel")
        .doesNotContain("id=\"recevoir-code\"")
        .contains("value=\"Élise\"");
  }

  @Test
  void onceSignedThePageShowsTheSignaturesAndThePdf() {
    PersonContract p = toSign(true, true);
    Instant at = Instant.parse("2027-01-04T09:05:00Z");
    PersonContract signed =
        new PersonContract(
            p.contractId(),
            p.title(),
            p.kindLabel(),
            ContractState.SIGNED,
            "Signé",
            p.html(),
            SHA,
            p.referentName(),
            List.of(
                new SignatureView(
                    Signature.Signer.PERSON,
                    "la personne",
                    "Élise Dupont",
                    Signature.Method.REMOTE,
                    at,
                    SHA,
                    "203.0.113.7",
                    "Mobile")),
            true,
            false,
            true,
            true,
            p.startDate(),
            p.endDate(),
            null);
    assertThat(ContractPage.render(signed, "/m/t/contrat.pdf", null, null, null))
        .contains("Votre contrat est signé", "10h05 (à distance)", "href=\"/m/t/contrat.pdf\"")
        .doesNotContain("Signer mon contrat");
  }
}
