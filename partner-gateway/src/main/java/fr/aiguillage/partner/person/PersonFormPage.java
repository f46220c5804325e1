package fr.aiguillage.partner.person;

import fr.aiguillage.diagnostic.Answer;
import fr.aiguillage.diagnostic.PersonalLinks.PersonForm;
import fr.aiguillage.questionnaire.AnswerType;
import fr.aiguillage.questionnaire.BarrierLevel;
import fr.aiguillage.questionnaire.Choice;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Section;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The view model of the person's form page: sections, questions, options, saved values, errors. */
final class PersonFormPage {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

  record Option(String value, String label, boolean checked, String id) {}

  record Field(
      String code,
      String label,
      String help,
      boolean yesNo,
      boolean number,
      boolean choice,
      boolean text,
      String value,
      List<Option> options,
      String error,
      boolean hasError) {}

  record Block(String title, List<Field> fields) {}

  final String firstName;
  final String expires;
  final List<Block> sections = new ArrayList<>();
  final String notice;
  final boolean hasErrors;
  final int errorCount;

  /**
   * @param typed the values the person just typed (shown back when refused), else the saved answers
   */
  PersonFormPage(
      PersonForm form, Map<String, String> typed, Map<String, String> errors, String notice) {
    this.firstName = form.firstName();
    this.expires = DAY.format(form.expiresAt());
    this.notice = notice;
    this.hasErrors = !errors.isEmpty();
    this.errorCount = errors.size();
    for (Section s : form.sections()) {
      List<Field> fields = new ArrayList<>();
      for (Question q : s.questions()) {
        String value =
            typed != null ? typed.getOrDefault(q.code(), "") : saved(form.answers().get(q.code()));
        fields.add(field(q, value, errors.get(q.code())));
      }
      sections.add(new Block(s.title(), fields));
    }
  }

  private static String saved(Answer a) {
    return a == null ? "" : String.valueOf(a.value());
  }

  private static Field field(Question q, String value, String error) {
    List<Option> options = new ArrayList<>();
    if (q.type() == AnswerType.YES_NO) {
      options.add(new Option("true", "Oui", "true".equals(value), q.code() + "-oui"));
      options.add(new Option("false", "Non", "false".equals(value), q.code() + "-non"));
    } else if (q.type() == AnswerType.BARRIER) {
      for (BarrierLevel l : BarrierLevel.values()) {
        options.add(
            new Option(
                l.name(),
                barrierLabel(l),
                l.name().equals(value),
                q.code() + "-" + l.name().toLowerCase()));
      }
    } else if (q.type() == AnswerType.CHOICE) {
      for (Choice c : q.choices()) {
        options.add(
            new Option(
                c.code(),
                c.label(),
                c.code().equals(value),
                q.code() + "-" + c.code().toLowerCase()));
      }
    }
    return new Field(
        q.code(),
        q.label(),
        q.help(),
        q.type() == AnswerType.YES_NO,
        q.type() == AnswerType.NUMBER,
        q.type() == AnswerType.CHOICE || q.type() == AnswerType.BARRIER,
        q.type() == AnswerType.TEXT,
        value,
        options,
        error,
        error != null);
  }

  private static String barrierLabel(BarrierLevel l) {
    return switch (l) {
      case NONE -> "Pas de difficulté";
      case MEDIUM -> "Un peu gênant";
      case STRONG -> "Très gênant";
    };
  }
}
