package fr.aiguillage.ui.kit;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The top of a page, alike on every face: its one title, then what the page is for. */
public final class PageHeading {
  public static final String TITLE_ID = "page-title";

  private PageHeading() {}

  /** The page's one {@code h1}, where the tests and the skip link find it. */
  public static H1 title(String text) {
    H1 title = new H1(text);
    title.setId(TITLE_ID);
    return title;
  }

  /** The paragraph under the title that says what the page shows and in what order. */
  public static Paragraph explanation(String id, String text) {
    Paragraph explanation = new Paragraph(text);
    explanation.setId(id);
    return explanation;
  }
}
