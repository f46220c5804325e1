package fr.aiguillage.questionnaire;

import fr.aiguillage.shared.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A section of the questionnaire. */
public record Section(
    @Size(max = Limits.CODE) String code,
    @Size(max = Limits.LABEL) String title,
    boolean national,
    @Size(max = 100) List<Question> questions) {
  public Section {
    questions = List.copyOf(questions);
  }
}
