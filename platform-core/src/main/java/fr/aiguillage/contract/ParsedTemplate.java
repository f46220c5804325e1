package fr.aiguillage.contract;

import fr.aiguillage.shared.Limits;
import fr.aiguillage.shared.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A template's texts checked and split into merge fields: what the renderer walks. Every problem of
 * every text is reported at once.
 */
public record ParsedTemplate(String title, List<Section> sections, List<MergeText> legalMentions) {
  /** The most sections a template may have. */
  public static final int MAX_SECTIONS = 40;

  /** A checked section. */
  public record Section(String heading, MergeText body) {}

  public ParsedTemplate {
    sections = List.copyOf(sections);
    legalMentions = List.copyOf(legalMentions);
  }

  /**
   * Checks a template's title, sections and legal mentions.
   *
   * @throws TemplateRejectedException with every problem, each with its place and position
   */
  public static ParsedTemplate parse(
      String title, List<TemplateSection> sections, List<String> legalMentions) {
    List<TemplateError> errors = new ArrayList<>();
    required(title, "title", "Titre", Limits.LABEL, false, errors);
    List<TemplateSection> given = sections == null ? List.of() : sections;
    if (given.isEmpty() || given.size() > MAX_SECTIONS) {
      errors.add(
          new TemplateError(
              "sections",
              "Sections",
              0,
              0,
              "un modèle a de 1 à " + MAX_SECTIONS + " sections (ici " + given.size() + ")."));
    }
    List<Section> parsed = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      TemplateSection s = given.get(i);
      String field = "sections[" + i + "]";
      String place = "Section " + (i + 1) + (s == null ? "" : " « " + s.heading() + " »");
      String heading = s == null ? null : s.heading();
      String body = s == null ? null : s.body();
      boolean headingOk = required(heading, field + ".heading", place, Limits.LABEL, false, errors);
      boolean bodyOk = required(body, field + ".body", place, Limits.LONG_TEXT, true, errors);
      if (headingOk && bodyOk) {
        parsed.add(
            new Section(heading.strip(), MergeText.parse(body, field + ".body", place, errors)));
      }
    }
    List<String> mentions = legalMentions == null ? List.of() : legalMentions;
    List<MergeText> parsedMentions = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      String field = "legalMentions[" + i + "]";
      String place = "Mention légale " + (i + 1);
      if (required(mentions.get(i), field, place, Limits.REASON, true, errors)) {
        parsedMentions.add(MergeText.parse(mentions.get(i), field, place, errors));
      }
    }
    if (!errors.isEmpty()) {
      throw new TemplateRejectedException(errors);
    }
    return new ParsedTemplate(title.strip(), parsed, parsedMentions);
  }

  private static boolean required(
      String text,
      String field,
      String place,
      int max,
      boolean multiLine,
      List<TemplateError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new TemplateError(field, place, 0, 0, "ce texte est obligatoire."));
      return false;
    }
    return Text.problem(text, max, multiLine)
        .map(problem -> errors.add(new TemplateError(field, place, 0, 0, problem)))
        .isEmpty();
  }
}
