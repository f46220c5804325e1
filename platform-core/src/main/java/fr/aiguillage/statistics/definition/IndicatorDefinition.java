package fr.aiguillage.statistics.definition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One indicator, defined once: what the projections compute and what every screen and export shows
 * next to the figure ({@link IndicatorSentence}). Texts a reader sees are French.
 *
 * @param id stable, kebab case ({@code oarsa-t1-oriented}); APIs and exports name it
 * @param population who or what is counted (French)
 * @param numerator what the figure counts (French); for a delay, whose delay
 * @param denominator for a rate only (French)
 * @param start for a delay: where it starts; for a flow read by cohort, also {@code countedOn}
 * @param end for a delay: where it ends
 * @param countedOn for a flow: the milestone whose date puts an observation in the period; empty
 *     for a stock ({@link PeriodKind#AT_DATE})
 * @param statistics for a delay: what is shown of it
 * @param thresholds for a delay in days: the shares within each threshold shown side by side
 * @param anchors the latest published national figures, with their year and source
 * @param gaps what the events do not carry yet for this indicator
 */
public record IndicatorDefinition(
    String id,
    IndicatorFamily family,
    String label,
    String explanation,
    String population,
    String numerator,
    Optional<String> denominator,
    Optional<Milestone> start,
    Optional<Milestone> end,
    Optional<Milestone> countedOn,
    PeriodKind period,
    Unit unit,
    List<DelayStatistic> statistics,
    List<DelayThreshold> thresholds,
    List<Breakdown> breakdowns,
    Reference source,
    List<NationalAnchor> anchors,
    Set<PayloadGap> gaps) {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public IndicatorDefinition {
    Objects.requireNonNull(family);
    Objects.requireNonNull(period);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(source);
    statistics = List.copyOf(statistics);
    thresholds = List.copyOf(thresholds);
    breakdowns = List.copyOf(breakdowns);
    anchors = List.copyOf(anchors);
    gaps = gaps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(gaps));
    List<String> problems = problems(id, label, explanation, population, numerator);
    if (unit == Unit.RATE && denominator.isEmpty()) {
      problems.add("a rate needs a denominator");
    }
    if (unit != Unit.RATE && denominator.isPresent()) {
      problems.add("only a rate has a denominator");
    }
    if (unit.isDelay() && (start.isEmpty() || end.isEmpty() || statistics.isEmpty())) {
      problems.add("a delay needs a start, an end and statistics");
    }
    if (!unit.isDelay() && !(statistics.isEmpty() && thresholds.isEmpty())) {
      problems.add("only a delay has statistics and thresholds");
    }
    if (unit == Unit.HOURS && !thresholds.isEmpty()) {
      problems.add("thresholds are in days");
    }
    if ((period == PeriodKind.AT_DATE) != countedOn.isEmpty()) {
      problems.add("a flow is counted on a milestone, a stock on none");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(id + ": " + String.join("; ", problems));
    }
  }

  private static List<String> problems(String id, String... texts) {
    List<String> problems = new ArrayList<>();
    if (id == null || !KEBAB.matcher(id).matches()) {
      problems.add("the id is kebab case");
    }
    for (String text : texts) {
      if (text == null || text.isBlank()) {
        problems.add("every text is given");
      }
    }
    return problems;
  }

  /** Whether the start may be unknown for someone in the population (counted apart then). */
  public boolean countsUnknownStartApart() {
    return start.map(Milestone::mayBeUnknown).orElse(false)
        || countedOn.map(Milestone::mayBeUnknown).orElse(false);
  }

  /** The sentence shown next to the figure. */
  public String sentence() {
    return IndicatorSentence.of(this);
  }

  static Builder builder(String id, IndicatorFamily family) {
    return new Builder(id, family);
  }

  /** Writes a definition in the catalogue's order of thought: words, counting, dates, context. */
  static final class Builder {
    private final String id;
    private final IndicatorFamily family;
    private String label;
    private String explanation;
    private String population;
    private String numerator;
    private String denominator;
    private Milestone start;
    private Milestone end;
    private Milestone countedOn;
    private PeriodKind period;
    private Unit unit;
    private List<DelayStatistic> statistics = List.of();
    private List<DelayThreshold> thresholds = List.of();
    private List<Breakdown> breakdowns = List.of();
    private Reference source;
    private List<NationalAnchor> anchors = List.of();
    private Set<PayloadGap> gaps = Set.of();

    private Builder(String id, IndicatorFamily family) {
      this.id = id;
      this.family = family;
    }

    Builder says(String label, String explanation) {
      this.label = label;
      this.explanation = explanation;
      return this;
    }

    Builder counts(Unit unit, String population, String numerator) {
      this.unit = unit;
      this.population = population;
      this.numerator = numerator;
      return this;
    }

    Builder over(String denominator) {
      this.denominator = denominator;
      return this;
    }

    Builder from(Milestone start, Milestone end) {
      this.start = start;
      this.end = end;
      return this;
    }

    Builder showing(List<DelayStatistic> statistics, List<DelayThreshold> thresholds) {
      this.statistics = statistics;
      this.thresholds = thresholds;
      return this;
    }

    Builder at(PeriodKind period) {
      this.period = period;
      return this;
    }

    Builder during(PeriodKind period, Milestone countedOn) {
      this.period = period;
      this.countedOn = countedOn;
      return this;
    }

    Builder by(Breakdown... breakdowns) {
      this.breakdowns = List.of(breakdowns);
      return this;
    }

    Builder by(List<Breakdown> breakdowns) {
      this.breakdowns = breakdowns;
      return this;
    }

    Builder source(Reference source, NationalAnchor... anchors) {
      this.source = source;
      this.anchors = List.of(anchors);
      return this;
    }

    Builder needs(PayloadGap... gaps) {
      this.gaps = Set.of(gaps);
      return this;
    }

    /** Builds it, with its payload gaps. */
    IndicatorDefinition build() {
      return new IndicatorDefinition(
          id,
          family,
          label,
          explanation,
          population,
          numerator,
          Optional.ofNullable(denominator),
          Optional.ofNullable(start),
          Optional.ofNullable(end),
          Optional.ofNullable(countedOn),
          period,
          unit,
          statistics,
          thresholds,
          breakdowns,
          source,
          anchors,
          implied());
    }

    /**
     * Its own gaps: the breakdowns and milestones imply none any more (the traits, the referent,
     * the plan's categories and the decision's notice are in the events since their v1 additions).
     */
    private Set<PayloadGap> implied() {
      Set<PayloadGap> all = EnumSet.noneOf(PayloadGap.class);
      all.addAll(gaps);
      return all;
    }
  }
}
