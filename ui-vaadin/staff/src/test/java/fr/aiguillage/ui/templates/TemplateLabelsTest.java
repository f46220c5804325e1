package fr.aiguillage.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.contract.ContractKind;
import fr.aiguillage.contract.TemplateSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TemplateLabelsTest {
  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  static TemplateSummary.Version v(int n, String status, LocalDate from, boolean inForce) {
    return new TemplateSummary.Version(UUID.randomUUID(), n, status, "Titre", from, inForce);
  }

  @Test
  void namesEachVersionWithItsState() {
    assertThat(TemplateLabels.option(v(3, "DRAFT", null, false), TODAY))
        .isEqualTo("Version 3 — brouillon");
    assertThat(TemplateLabels.option(v(2, "PUBLISHED", TODAY, true), TODAY))
        .isEqualTo("Version 2 — publiée, en vigueur depuis le 01/03/2027");
    assertThat(TemplateLabels.option(v(4, "PUBLISHED", TODAY.plusDays(9), false), TODAY))
        .isEqualTo("Version 4 — publiée, en vigueur à partir du 10/03/2027");
    assertThat(TemplateLabels.option(v(1, "ARCHIVED", TODAY.minusYears(1), false), TODAY))
        .isEqualTo("Version 1 — archivée, appliquée à partir du 01/03/2026");
  }

  @Test
  void opensADraftForAnAdministratorAndTheVersionInForceForOthers() {
    TemplateSummary.Version inForce = v(1, "PUBLISHED", TODAY, true);
    TemplateSummary.Version draft = v(2, "DRAFT", null, false);
    List<TemplateSummary> kinds =
        List.of(
            new TemplateSummary(ContractKind.CONTRAT_ENGAGEMENT, "CE", 1, List.of(draft, inForce)),
            new TemplateSummary(ContractKind.CER, "CER", 0, List.of()));
    assertThat(VersionPick.initial(kinds, true)).contains(draft.id());
    assertThat(VersionPick.initial(kinds, false)).contains(inForce.id());
    assertThat(
            VersionPick.initial(
                List.of(new TemplateSummary(ContractKind.CER, "CER", 0, List.of())), true))
        .isEmpty();
  }
}
