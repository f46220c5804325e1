package fr.aiguillage.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rendered contract placed inside a page that has its own headings: its {@code h1} (the title)
 * becomes the level given, and every heading under it follows, down to {@code h6}. Only what is
 * shown changes; the fragment kept, hashed and signed stays as rendered.
 */
public final class ContractHtml {
  private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

  private ContractHtml() {}

  /** {@code html} with its headings shifted so that {@code h1} becomes {@code h<top>}. */
  public static String headingsFrom(String html, int top) {
    if (html == null || top < 1 || top > 6) {
      return html;
    }
    Matcher m = HEADING.matcher(html);
    StringBuilder b = new StringBuilder(html.length());
    while (m.find()) {
      int level = Math.min(6, Integer.parseInt(m.group(2)) + top - 1);
      m.appendReplacement(b, "<" + m.group(1) + "h" + level);
    }
    m.appendTail(b);
    return b.toString();
  }
}
