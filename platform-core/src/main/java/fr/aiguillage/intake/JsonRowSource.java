package fr.aiguillage.intake;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Rows sent by an upstream system as JSON objects keyed by field name; row 1 is the first. */
final class JsonRowSource implements RowSource {
  private final List<String> header;
  private final Iterator<Map<String, String>> objects;
  private int number;
  private int empty;

  JsonRowSource(List<String> header, List<Map<String, String>> objects) {
    this.header = header;
    this.objects = objects.iterator();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() {
    while (objects.hasNext()) {
      Map<String, String> o = objects.next();
      number++;
      if (o == null || o.values().stream().allMatch(v -> v == null || v.isBlank())) {
        empty++;
        continue;
      }
      return new SourceRow(number, header.stream().map(h -> o.getOrDefault(h, null)).toList());
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
