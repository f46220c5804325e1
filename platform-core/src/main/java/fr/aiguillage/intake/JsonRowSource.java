package fr.aiguillage.intake;

import fr.aiguillage.shared.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows sent by an upstream system as JSON objects keyed by field name; row 1 is the first. A field
 * the import does not know, or a value that is not a JSON string, is reported on its row (refused,
 * never ignored nor converted: a CAF number sent as a number would lose its leading zeros).
 */
final class JsonRowSource implements RowSource {
  private final List<String> header;
  private final Set<String> known;
  private final Iterator<? extends Map<String, ?>> objects;
  private int number;
  private int empty;

  JsonRowSource(List<String> header, List<? extends Map<String, ?>> objects) {
    this.header = header;
    this.known = new HashSet<>(header);
    this.objects = objects.iterator();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() {
    while (objects.hasNext()) {
      Map<String, ?> o = objects.next();
      number++;
      if (o == null) {
        empty++;
        continue;
      }
      List<FieldError> unread = new ArrayList<>();
      o.forEach(
          (k, v) -> {
            if (!known.contains(k)) {
              unread.add(
                  new FieldError(
                      k,
                      "Champ inconnu : il est refusé plutôt qu'ignoré. Champs acceptés : "
                          + String.join(", ", header)
                          + "."));
            } else if (v != null && !(v instanceof String)) {
              unread.add(
                  new FieldError(
                      k,
                      "Écrivez la valeur comme un texte JSON, entre guillemets (ex. \"0812345\")."));
            }
          });
      List<String> cells =
          header.stream().map(h -> o.get(h) instanceof String s ? s : null).toList();
      if (unread.isEmpty() && cells.stream().allMatch(v -> v == null || v.isBlank())) {
        empty++;
        continue;
      }
      return new SourceRow(number, cells, unread);
    }
    return null;
  }

  @Override
  public int emptyRows() {
    return empty;
  }

  @Override
  public void close() {}
}
