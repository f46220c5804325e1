package fr.aiguillage.statistics.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every indicator the platform computes, defined once, in the dashboard's order: OARSA's tables,
 * then the monthly indicators of orientation, first appointment and contract, then the partners,
 * caseloads, re-orientations and collective sessions. Immutable; ids are unique (checked here, at
 * class loading).
 */
public final class IndicatorCatalogue {
  private static final Map<String, IndicatorDefinition> BY_ID = load();

  private IndicatorCatalogue() {}

  /** Every definition, in the dashboard's order. */
  public static List<IndicatorDefinition> all() {
    return List.copyOf(BY_ID.values());
  }

  /** The definition with this id; empty for an unknown id (the API answers 404). */
  public static Optional<IndicatorDefinition> find(String id) {
    return Optional.ofNullable(id == null ? null : BY_ID.get(id));
  }

  /** The definitions of one family, in order. */
  public static List<IndicatorDefinition> of(IndicatorFamily family) {
    return BY_ID.values().stream().filter(d -> d.family() == family).toList();
  }

  /** The definitions with a published national figure, for the national comparison. */
  public static List<IndicatorDefinition> withNationalAnchors() {
    return BY_ID.values().stream().filter(d -> !d.anchors().isEmpty()).toList();
  }

  /** The French paragraph shown next to a figure; see {@link IndicatorDefinition#sentence()}. */
  public static String describe(IndicatorDefinition definition) {
    return IndicatorSentence.of(definition);
  }

  /** The French message for an unknown id, for the API's 404. */
  public static String unknown(String id) {
    return "Aucun indicateur ne porte cet identifiant"
        + (id == null || id.isBlank() ? "" : " (« " + shorten(id) + " »)")
        + ". La liste des indicateurs est dans la documentation.";
  }

  private static String shorten(String id) {
    String printable = id.replaceAll("\\p{Cntrl}", "");
    return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
  }

  private static Map<String, IndicatorDefinition> load() {
    List<IndicatorDefinition> all = new ArrayList<>();
    all.addAll(OarsaIndicators.all());
    all.addAll(MonthlyIndicators.all());
    all.addAll(FollowUpIndicators.all());
    Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();
    for (IndicatorDefinition d : all) {
      if (byId.putIfAbsent(d.id(), d) != null) {
        throw new IllegalStateException("Two indicators share the id " + d.id());
      }
    }
    return java.util.Collections.unmodifiableMap(byId);
  }
}
