package fr.aiguillage.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A template text split into literal text and merge fields. The grammar is deliberately small:
 * {@code {{key}}} on one line, the key from {@link MergeField}'s catalogue, spaces allowed inside
 * the braces. No sections, partials or unescaped output (docs/adr/0014).
 */
public record MergeText(List<Segment> segments) {
  private static final String OPEN = "{{";
  private static final String CLOSE = "}}";
  private static final Pattern KEY = Pattern.compile("[a-z][a-z_]*(\\.[a-z][a-z_]*)*");

  /** A piece of a parsed text. */
  public sealed interface Segment permits Literal, Field {}

  /** Text written as is (escaped when rendered). */
  public record Literal(String text) implements Segment {}

  /** A merge field, replaced by its value when rendered. */
  public record Field(MergeField field) implements Segment {}

  public MergeText {
    segments = List.copyOf(segments);
  }

  /** The merge fields this text uses, in order, with repeats. */
  public List<MergeField> fields() {
    return segments.stream().filter(Field.class::isInstance).map(s -> ((Field) s).field()).toList();
  }

  /**
   * Parses {@code text}, adding every problem found to {@code errors} (located by {@code field} and
   * {@code place}); the parts that are wrong are kept as literal text.
   */
  static MergeText parse(String text, String field, String place, List<TemplateError> errors) {
    List<Segment> segments = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    StringBuilder literal = new StringBuilder();
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) {
        literal.append('\n');
      }
      String line = lines[l];
      int from = 0;
      int open;
      while ((open = line.indexOf(OPEN, from)) >= 0) {
        literal.append(line, from, open);
        int close = line.indexOf(CLOSE, open + OPEN.length());
        if (close < 0) {
          errors.add(
              new TemplateError(
                  field,
                  place,
                  l + 1,
                  open + 1,
                  "« {{ » ouvre un champ de fusion qui n'est pas fermé par « }} » sur la même"
                      + " ligne."));
          literal.append(line, open, line.length());
          from = line.length();
          break;
        }
        String key = line.substring(open + OPEN.length(), close).strip();
        MergeField known = MergeField.byKey(key).orElse(null);
        if (known == null) {
          errors.add(new TemplateError(field, place, l + 1, open + 1, unknown(key)));
          literal.append(line, open, close + CLOSE.length());
        } else {
          flush(literal, segments);
          segments.add(new Field(known));
        }
        from = close + CLOSE.length();
      }
      literal.append(line.substring(from));
    }
    flush(literal, segments);
    return new MergeText(segments);
  }

  private static String unknown(String key) {
    if (key.isEmpty()) {
      return "champ de fusion vide : écrivez son nom entre les accolades, par exemple"
          + " {{personne.nom}}.";
    }
    String written = "« " + fr.aiguillage.shared.Text.printable(key, 60) + " »";
    if (!KEY.matcher(key).matches()) {
      return written
          + " n'est pas un nom de champ de fusion : lettres minuscules sans accent, points et"
          + " soulignés seulement, par exemple {{personne.nom}}.";
    }
    return written
        + " n'est pas un champ de fusion connu."
        + MergeField.nearest(key)
            .map(f -> " Vouliez-vous dire « " + f.key() + " » (" + f.label() + ") ?")
            .orElse(" Choisissez-en un dans la liste des champs.");
  }

  private static void flush(StringBuilder literal, List<Segment> segments) {
    if (!literal.isEmpty()) {
      segments.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
