package fr.aiguillage.ui.diagnostic;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.aiguillage.directory.Placement.RankedReferent;
import fr.aiguillage.directory.Placement.RankedStructure;
import fr.aiguillage.ui.directory.LoadTexts;

/** One ranked structure: name, kind, badges, places left, and its first referents. */
class PlacementCard extends Div {
  static final String SAME_TERRITORY = "même territoire";

  PlacementCard(String id, RankedStructure s, int referentsShown) {
    setId(id);
    addClassName("placement-card");
    H3 name = new H3(s.name());
    name.setId(id + "-name");
    Paragraph facts = new Paragraph();
    facts.addClassName("placement-facts");
    facts.add(new Span(s.kind() == null ? "" : s.kind().label()));
    if (s.sameTerritory()) {
      facts.add(badge(SAME_TERRITORY, "success"));
    }
    Span places = new Span(LoadTexts.placesLeft(s.placesLeft(), s.full()));
    places.setId(id + "-places");
    if (s.full()) {
      places.getElement().getThemeList().add("badge");
      places.getElement().getThemeList().add("error");
    }
    facts.add(places);
    add(name, facts);
    if (s.referents().isEmpty()) {
      Paragraph none = new Paragraph("Aucun référent pour ce parcours.");
      none.addClassName("secondary");
      add(none);
      return;
    }
    UnorderedList people = new UnorderedList();
    people.getElement().setAttribute("aria-label", "Référents de " + s.name());
    int shown = Math.min(referentsShown, s.referents().size());
    for (int i = 0; i < shown; i++) {
      people.add(referent(id + "-referent-" + i, s.referents().get(i)));
    }
    add(people);
    if (s.referents().size() > shown) {
      Paragraph more =
          new Paragraph(
              "et "
                  + (s.referents().size() - shown)
                  + (s.referents().size() - shown == 1 ? " autre référent" : " autres référents"));
      more.addClassName("secondary");
      add(more);
    }
  }

  private static ListItem referent(String id, RankedReferent r) {
    Span load = new Span("charge " + LoadTexts.caseload(r.caseload(), r.maxCaseload()));
    if (LoadTexts.warning(r.caseload(), r.maxCaseload())) {
      load.addClassName("load-warning");
    }
    ListItem item = new ListItem(new Span(r.name()), load);
    item.setId(id);
    item.addClassName("placement-referent");
    if (r.sameTerritory()) {
      item.add(badge(SAME_TERRITORY, "success"));
    }
    if (r.full()) {
      item.add(badge(LoadTexts.FULL, "error"));
    }
    return item;
  }

  private static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge");
    badge.getElement().getThemeList().add(theme);
    return badge;
  }
}
