package fr.aiguillage.ui.coordination;

import fr.aiguillage.orientation.Coordination.TerritoryBacklog;
import fr.aiguillage.orientation.Coordination.TerritoryCaseload;
import fr.aiguillage.ui.kit.Formats;
import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * The coordinator's numbers in words and bar widths, without any component: French dates (Paris
 * time), counts, the two segments of a territory's backlog bar, the level of a caseload.
 */
final class CoordinationTexts {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** From this share of the maximum on, a caseload is shown as high (orange). */
  static final double HIGH_RATIO = 0.8;

  private CoordinationTexts() {}

  /** French alphabetical order of names (accents and case set aside first). */
  static <T> Comparator<T> alphabetical(Function<T, String> name) {
    Collator collator = Collator.getInstance(Locale.FRANCE);
    return Comparator.comparing(t -> name.apply(t) == null ? "" : name.apply(t), collator);
  }

  /** How full a caseload is; the words say it, the colour only helps. */
  enum Level {
    NORMAL(""),
    HIGH("presque complet"),
    FULL("complet"),
    OVER("au-delà du maximum");

    private final String words;

    Level(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }

    boolean full() {
      return this == FULL || this == OVER;
    }

    /** At or beyond 1: full (beyond the maximum when more than it); from 0.8: high. */
    static Level of(int current, int max) {
      if (max > 0 && current > max) {
        return OVER;
      }
      double ratio = max <= 0 ? 1 : current / (double) max;
      if (ratio >= 1) {
        return FULL;
      }
      return ratio >= HIGH_RATIO ? HIGH : NORMAL;
    }
  }

  /** "12/03/2025" (Paris time); empty when unknown. */
  static String day(Instant instant) {
    return instant == null ? "" : Formats.day(instant.atZone(PARIS).toLocalDate());
  }

  /** "DUPONT Marie Claire": the last name in capitals, then the first names. */
  static String person(String lastName, String firstNames) {
    String last = lastName == null ? "" : lastName.toUpperCase(Locale.FRANCE);
    String first = firstNames == null ? "" : firstNames;
    return (last + " " + first).trim();
  }

  /** A stable piece of element id for a territory; "sans-territoire" for the people without. */
  static String key(UUID territoryId) {
    return territoryId == null ? "sans-territoire" : territoryId.toString();
  }

  /** The people waiting within the target: those waiting who are not beyond it. */
  static long within(TerritoryBacklog b) {
    return Math.max(0, b.waiting() - b.overdue());
  }

  /** The largest number of people waiting in one territory; 0 when nobody waits. */
  static long maxWaiting(List<TerritoryBacklog> backlog) {
    return backlog.stream().mapToLong(TerritoryBacklog::waiting).max().orElse(0);
  }

  /**
   * The width of a bar's segment in % of the largest value (a count, a time): 0 for nothing, at
   * least 1 for any value above zero so that it stays visible.
   */
  static int percent(double value, double max) {
    if (value <= 0 || max <= 0) {
      return 0;
    }
    long p = Math.round(value * 100 / max);
    return (int) Math.max(1, Math.min(100, p));
  }

  /**
   * "Nord : 17 personnes en attente, dont 12 dans le délai et 5 au-delà du délai cible." What a
   * screen reader says of one bar.
   */
  static String backlogSentence(TerritoryBacklog b) {
    if (b.waiting() == 0) {
      return b.territoryName() + " : aucune personne en attente.";
    }
    return b.territoryName()
        + " : "
        + Formats.people(b.waiting())
        + " en attente, dont "
        + Formats.thousands(within(b))
        + " dans le délai et "
        + Formats.thousands(b.overdue())
        + " au-delà du délai cible.";
  }

  /** "17 (dont 5 au-delà)", "0": the numbers written beside a bar. */
  static String backlogNumbers(TerritoryBacklog b) {
    if (b.overdue() == 0) {
      return Formats.thousands(b.waiting());
    }
    return Formats.thousands(b.waiting())
        + " (dont "
        + Formats.thousands(b.overdue())
        + " au-delà)";
  }

  /**
   * "17 personnes attendent une orientation, dont 5 au-delà du délai cible." or "Personne n'attend
   * d'orientation."
   */
  static String backlogTotal(List<TerritoryBacklog> backlog) {
    long waiting = backlog.stream().mapToLong(TerritoryBacklog::waiting).sum();
    long overdue = backlog.stream().mapToLong(TerritoryBacklog::overdue).sum();
    if (waiting == 0) {
      return "Personne n'attend d'orientation.";
    }
    String verb = waiting == 1 ? " attend une orientation" : " attendent une orientation";
    if (overdue == 0) {
      return Formats.people(waiting)
          + verb
          + (waiting == 1 ? ", dans le délai cible." : ", toutes dans le délai cible.");
    }
    return Formats.people(waiting)
        + verb
        + ", dont "
        + Formats.thousands(overdue)
        + " au-delà du délai cible.";
  }

  /** "Aucune orientation sans réponse", "1 orientation sans réponse", "3 orientations ...". */
  static String escalatedTotal(int count) {
    if (count == 0) {
      return "Aucune orientation sans réponse";
    }
    return Formats.thousands(count)
        + (count == 1 ? " orientation sans réponse" : " orientations sans réponse");
  }

  /** "Nord — 35 suivis sur 60 places". */
  static String territoryHeading(TerritoryCaseload t) {
    if (t.referents().isEmpty()) {
      return t.territoryName();
    }
    return t.territoryName() + " — " + followed(t.current()) + " sur " + places(t.max());
  }

  /** "Aucun suivi", "1 suivi", "35 suivis". */
  static String followed(int count) {
    if (count == 0) {
      return "aucun suivi";
    }
    return Formats.thousands(count) + (count == 1 ? " suivi" : " suivis");
  }

  /** "1 place", "60 places", "0 place". */
  static String places(int count) {
    return Formats.thousands(count) + (Math.abs(count) <= 1 ? " place" : " places");
  }

  /** "58 % des places occupées", "complet", "aucune place renseignée". */
  static String territoryLoad(int current, int max) {
    if (max <= 0) {
      return "aucune place renseignée";
    }
    long share = Math.round(100.0 * Math.max(0, current) / max);
    String text = share + "\u00a0% des places occupées";
    Level level = Level.of(current, max);
    return level == Level.NORMAL ? text : text + " (" + level.words() + ")";
  }

  /** "35 / 60". */
  static String caseload(int current, int max) {
    return Formats.thousands(current) + " / " + Formats.thousands(max);
  }

  /** The bar's fill in %, 0 to 100; full without a positive maximum. */
  static int fill(int current, int max) {
    if (max <= 0) {
      return 100;
    }
    long share = Math.round(100.0 * Math.max(0, current) / max);
    return (int) Math.min(100, share);
  }
}
