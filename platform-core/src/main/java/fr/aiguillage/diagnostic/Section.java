package fr.aiguillage.diagnostic;

import java.util.List;

/** A section of the questionnaire. */
public record Section(String code, String title, boolean national, List<Question> questions) {
  public Section {
    questions = List.copyOf(questions);
  }
}
