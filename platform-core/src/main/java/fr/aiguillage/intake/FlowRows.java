package fr.aiguillage.intake;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the people of a CAF flow are numbered for {@link ChunkWriter} (one row each: the household's
 * rank times two, plus one for the spouse) and how its findings go back to the report's lines,
 * which are households and people: « foyer n° 12 », « Conjoint (CJT) ».
 */
final class FlowRows {
  private static final Pattern ROW = Pattern.compile("à la ligne (\\d+)");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The row of a household's claimant ({@code spouse} false) or spouse. */
  static int row(int household, boolean spouse) {
    return household * 2 + (spouse ? 1 : 0);
  }

  /** The report's column for a person: « Demandeur (DEM) » or « Conjoint (CJT) ». */
  static String person(boolean spouse) {
    return spouse ? "Conjoint (CJT)" : "Demandeur (DEM)";
  }

  /**
   * The chunk's report: the caller's lines (households), {@link ChunkWriter}'s refusals put back on
   * their household and person, and the out-of-scope line of each person who left turned into a
   * "left" line with the date.
   */
  List<Problem> report(List<Problem> lines, ChunkWriter.Counts counts) {
    Map<String, ChunkWriter.Exit> exits = new HashMap<>();
    for (ChunkWriter.Exit e : counts.exits()) {
      exits.put(key(e.row() / 2, person(e.row() % 2 == 1)), e);
    }
    List<Problem> out = new ArrayList<>(lines.size() + counts.problems().size());
    for (Problem p : lines) {
      ChunkWriter.Exit e =
          p.kind() == Problem.Kind.OUT_OF_SCOPE ? exits.get(key(p.row(), p.column())) : null;
      out.add(
          e == null
              ? p
              : new Problem(
                  p.row(),
                  p.column(),
                  "Sorti(e) du RSA le " + DAY.format(e.on()) + " : " + e.reason(),
                  Problem.Kind.LEFT));
    }
    for (Problem p : counts.problems()) {
      Matcher m = ROW.matcher(p.message());
      StringBuilder message = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(message, "au foyer n° " + Integer.parseInt(m.group(1)) / 2);
      }
      m.appendTail(message);
      out.add(new Problem(p.row() / 2, person(p.row() % 2 == 1), message.toString(), p.kind()));
    }
    return out;
  }

  private static String key(int household, String person) {
    return household + "/" + person;
  }
}
