package fr.aiguillage.statistics.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The French paragraph shown next to a figure, from its definition alone: « Numérateur : … ;
 * dénominateur : … ; du … au … ; période : … », then what happens when the start is unknown, then
 * the source and the national figure.
 */
final class IndicatorSentence {
  private IndicatorSentence() {}

  static String of(IndicatorDefinition d) {
    List<String> parts = new ArrayList<>();
    if (d.unit().isDelay()) {
      parts.add(
          "Délai en "
              + d.unit().label()
              + " "
              + from(d.start().orElseThrow().label())
              + " "
              + to(d.end().orElseThrow().label()));
      parts.add("population : " + d.population());
    } else if (d.unit() == Unit.RATE) {
      parts.add("Numérateur : " + d.numerator());
      parts.add("dénominateur : " + d.denominator().orElseThrow());
    } else {
      parts.add("Effectif (" + d.unit().label() + ") : " + d.numerator());
      parts.add("population : " + d.population());
    }
    if (!d.unit().isDelay() && d.start().isPresent() && d.end().isPresent()) {
      parts.add(from(d.start().get().label()) + " " + to(d.end().get().label()));
    }
    parts.add("période : " + period(d));
    if (!d.statistics().isEmpty()) {
      parts.add("statistiques : " + statistics(d));
    }
    StringBuilder s = new StringBuilder(String.join(" ; ", parts)).append('.');
    unknownStart(d).ifPresent(u -> s.append(' ').append(u));
    s.append(" Source : ").append(d.source().label()).append('.');
    if (!d.anchors().isEmpty()) {
      s.append(" Référence nationale : ")
          .append(
              d.anchors().stream().map(NationalAnchor::display).collect(Collectors.joining(" ; ")))
          .append('.');
    }
    return s.toString();
  }

  private static String period(IndicatorDefinition d) {
    return switch (d.period()) {
      case AT_DATE -> d.period().label();
      case DURING_MONTH, DURING_YEAR ->
          d.period().label() + " " + from(d.countedOn().orElseThrow().label());
    };
  }

  private static String statistics(IndicatorDefinition d) {
    List<String> shown = new ArrayList<>();
    d.statistics().forEach(st -> shown.add(st.label()));
    if (!d.thresholds().isEmpty()) {
      shown.add(
          "part en "
              + d.thresholds().stream()
                  .map(t -> String.valueOf(t.days()))
                  .collect(
                      Collectors.collectingAndThen(Collectors.toList(), IndicatorSentence::and))
              + " jours au plus");
    }
    return String.join(", ", shown);
  }

  private static Optional<String> unknownStart(IndicatorDefinition d) {
    Milestone m = d.start().filter(Milestone::mayBeUnknown).or(() -> d.countedOn()).orElse(null);
    if (m == null || !m.mayBeUnknown()) {
      return Optional.empty();
    }
    return Optional.of(
        "Quand "
            + m.label()
            + " est inconnue, la personne n'est pas comptée ici : elle figure à part, dans « date"
            + " de début inconnue » ; aucune date n'est inventée.");
  }

  private static String and(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " et "
        + items.get(items.size() - 1);
  }

  /** « du premier rendez-vous », « de la date de demande », « de l'envoi ». */
  static String from(String label) {
    if (label.startsWith("le ")) {
      return "du " + label.substring(3);
    }
    if (label.startsWith("les ")) {
      return "des " + label.substring(4);
    }
    return "de " + label;
  }

  /** « au premier rendez-vous », « à la signature », « à l'envoi ». */
  static String to(String label) {
    if (label.startsWith("le ")) {
      return "au " + label.substring(3);
    }
    if (label.startsWith("les ")) {
      return "aux " + label.substring(4);
    }
    return "à " + label;
  }
}
