package fr.aiguillage.ui.criteria;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.questionnaire.Question;
import fr.aiguillage.questionnaire.Questionnaire;
import java.util.List;
import java.util.stream.Collectors;

/** The names a condition may use, with their kind of answer: a reminder beside the editor. */
class VariableHelp extends Details {
  VariableHelp() {
    super("Noms utilisables dans les conditions");
    setId("variables-help");
  }

  void show(Questionnaire questionnaire) {
    UnorderedList list = new UnorderedList();
    list.add(item("age", "nombre entier : l'âge de la personne"));
    list.add(item("strong_barriers", "nombre de freins notés « fort »"));
    list.add(item("medium_barriers", "nombre de freins notés « moyen »"));
    questionnaire.questions().stream()
        .filter(Question::usableInCriteria)
        .forEach(q -> list.add(item(q.code(), kind(q) + " : " + q.label())));
    removeAll();
    add(
        new Paragraph(
            "Exemples : age < 26 && activity_now ; barrier_mobility == \"STRONG\" ;"
                + " qualification_level in [\"AUCUN\", \"CAP_BEP\"]."),
        list);
  }

  static String kind(Question q) {
    return switch (q.type()) {
      case YES_NO -> "oui/non (true, false)";
      case NUMBER -> "nombre entier";
      case CHOICE, BARRIER -> "l'un de " + quoted(q.allowedCodes());
      case TEXT -> "texte";
    };
  }

  private static String quoted(List<String> codes) {
    return codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
  }

  private static ListItem item(String code, String text) {
    return new ListItem(new Code(code), new Span(" — " + text));
  }
}
