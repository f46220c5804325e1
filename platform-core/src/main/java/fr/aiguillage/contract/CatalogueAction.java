package fr.aiguillage.contract;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An action of the département's catalogue: its code, its label, its DREES category and the
 * data·inclusion thématiques of the needs it answers (e.g. {@code mobilite}, {@code
 * sante--acces-aux-soins}).
 */
public record CatalogueAction(
    @Size(max = Limits.CODE) String code,
    @Size(max = Limits.LABEL) String label,
    ActionCategory category,
    @Size(max = 20) List<@Size(max = Limits.CODE) String> thematiques) {
  public CatalogueAction {
    thematiques = thematiques == null ? List.of() : List.copyOf(thematiques);
  }

  /**
   * Whether it answers {@code thematique}: the same one, or one beneath it ({@code sante--…} under
   * {@code sante}).
   */
  public boolean answers(String thematique) {
    return thematiques.stream()
        .anyMatch(t -> t.equals(thematique) || t.startsWith(thematique + "--"));
  }
}
