package fr.aiguillage.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.criteria.CriteriaVersionDetails;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionLabelsTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

  static CriteriaVersionDetails version(int n, String status, LocalDate from) {
    return new CriteriaVersionDetails(n, status, from, 1, false, List.of());
  }

  static CriteriaVersionDetails national() {
    return new CriteriaVersionDetails(0, "PUBLISHED", LocalDate.of(2025, 1, 1), 1, true, List.of());
  }

  @Test
  void namesEachVersionInTheList() {
    assertThat(VersionLabels.option(version(4, "DRAFT", null), 3, TODAY))
        .isEqualTo("Version 4 — brouillon");
    assertThat(VersionLabels.option(version(3, "PUBLISHED", LocalDate.of(2025, 2, 1)), 3, TODAY))
        .isEqualTo("Version 3 — publiée, en vigueur depuis le 01/02/2025");
    assertThat(VersionLabels.option(version(5, "PUBLISHED", LocalDate.of(2025, 9, 1)), 3, TODAY))
        .isEqualTo("Version 5 — publiée, en vigueur à partir du 01/09/2025");
    assertThat(VersionLabels.option(version(2, "ARCHIVED", LocalDate.of(2025, 1, 10)), 3, TODAY))
        .isEqualTo("Version 2 — archivée, appliquée à partir du 10/01/2025");
  }

  @Test
  void theNationalBaseIsVersionZero() {
    assertThat(VersionLabels.option(national(), 3, TODAY)).isEqualTo("Socle national");
    assertThat(VersionLabels.option(national(), 0, TODAY)).isEqualTo("Socle national — en vigueur");
    assertThat(VersionLabels.inForce(national()))
        .isEqualTo("En vigueur : socle national, depuis le 01/01/2025.");
    assertThat(VersionLabels.inForce(version(3, "PUBLISHED", LocalDate.of(2025, 2, 1))))
        .isEqualTo("En vigueur : version 3, depuis le 01/02/2025.");
  }

  @Test
  void firstShowsTheDraftToAnAdministratorAndTheRulesInForceToOthers() {
    CriteriaVersionDetails draft = version(4, "DRAFT", null);
    CriteriaVersionDetails current = version(3, "PUBLISHED", LocalDate.of(2025, 2, 1));
    List<CriteriaVersionDetails> all = List.of(draft, current, national());
    assertThat(VersionChoice.initial(all, current, true)).isEqualTo(draft);
    assertThat(VersionChoice.initial(all, current, false)).isEqualTo(current);
    assertThat(VersionChoice.initial(List.of(national()), national(), true)).isEqualTo(national());
  }
}
